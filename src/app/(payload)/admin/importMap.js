import { CopyNotice as CopyNotice_08ddc0925de0e2ace2c7cc1e9866f3fe } from '../../../../src/admin/workflow/CopyNotice'
import { SlugField as SlugField_2b8867833a34864a02ddf429b0728a40 } from '@payloadcms/next/client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { QuotedPassages as QuotedPassages_3e532bd3ff4b5877c08b878c6736141a } from '../../../../src/admin/QuotedPassages'
import { MediaPreview as MediaPreview_798dd6736559f71b7ddcb77c7c58b702 } from '../../../../src/admin/MediaPreview'
import { WorkflowPanel as WorkflowPanel_d2749c33c85bbb171513ff5bdaa34b30 } from '../../../../src/admin/workflow/WorkflowPanel'
import { LegalStateCell as LegalStateCell_90e1070c123d761c84b02407b86d23f2 } from '../../../../src/admin/LegalStateCell'
import { PublishedAtCell as PublishedAtCell_75e9c7fdc8e38291d7f883fffc2cda7c } from '../../../../src/admin/PublishedAtCell'
import { ImportStory as ImportStory_e5fc14ef91248b14ec27fe2b1b979ad6 } from '../../../../src/admin/ImportStory'
import { NoStockControl as NoStockControl_6812a3dd0d8d5d1250ece0f6822a9466 } from '../../../../src/admin/NoStockControl'
import { QuoteLegalCell as QuoteLegalCell_a05ef568ff4afc2420553a22bd603f96 } from '../../../../src/admin/QuoteLegalCell'
import { QuoteLegalPanel as QuoteLegalPanel_d74ef1ffb985df6c502a9a2dc4de3d49 } from '../../../../src/admin/legal/QuoteLegalPanel'
import { RedeliverButton as RedeliverButton_e36f4deecfedb272233c1dc932e82abb } from '../../../../src/admin/RedeliverButton'
import { LegalQueueLink as LegalQueueLink_e9f4b46aa07836493a6d0d888577629e } from '../../../../src/admin/legal/LegalQueueLink'
import { CorrespondentLanding as CorrespondentLanding_858cef332ab832a0610d42823aac7d78 } from '../../../../src/admin/CorrespondentLanding'
import { LegalDashboardCard as LegalDashboardCard_ff309f35f815a54a7218cef5584a008a } from '../../../../src/admin/legal/LegalDashboardCard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { LegalQueueView as LegalQueueView_a9cc9e1e2f5da9b19f908d8336ff7391 } from '../../../../src/admin/legal/LegalQueueView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/admin/workflow/CopyNotice#CopyNotice": CopyNotice_08ddc0925de0e2ace2c7cc1e9866f3fe,
  "@payloadcms/next/client#SlugField": SlugField_2b8867833a34864a02ddf429b0728a40,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/admin/QuotedPassages#QuotedPassages": QuotedPassages_3e532bd3ff4b5877c08b878c6736141a,
  "/src/admin/MediaPreview#MediaPreview": MediaPreview_798dd6736559f71b7ddcb77c7c58b702,
  "/src/admin/workflow/WorkflowPanel#WorkflowPanel": WorkflowPanel_d2749c33c85bbb171513ff5bdaa34b30,
  "/src/admin/LegalStateCell#LegalStateCell": LegalStateCell_90e1070c123d761c84b02407b86d23f2,
  "/src/admin/PublishedAtCell#PublishedAtCell": PublishedAtCell_75e9c7fdc8e38291d7f883fffc2cda7c,
  "/src/admin/ImportStory#ImportStory": ImportStory_e5fc14ef91248b14ec27fe2b1b979ad6,
  "/src/admin/NoStockControl#NoStockControl": NoStockControl_6812a3dd0d8d5d1250ece0f6822a9466,
  "/src/admin/QuoteLegalCell#QuoteLegalCell": QuoteLegalCell_a05ef568ff4afc2420553a22bd603f96,
  "/src/admin/legal/QuoteLegalPanel#QuoteLegalPanel": QuoteLegalPanel_d74ef1ffb985df6c502a9a2dc4de3d49,
  "/src/admin/RedeliverButton#RedeliverButton": RedeliverButton_e36f4deecfedb272233c1dc932e82abb,
  "/src/admin/legal/LegalQueueLink#LegalQueueLink": LegalQueueLink_e9f4b46aa07836493a6d0d888577629e,
  "/src/admin/CorrespondentLanding#CorrespondentLanding": CorrespondentLanding_858cef332ab832a0610d42823aac7d78,
  "/src/admin/legal/LegalDashboardCard#LegalDashboardCard": LegalDashboardCard_ff309f35f815a54a7218cef5584a008a,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/src/admin/legal/LegalQueueView#LegalQueueView": LegalQueueView_a9cc9e1e2f5da9b19f908d8336ff7391,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
