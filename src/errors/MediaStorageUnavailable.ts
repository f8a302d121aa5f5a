import { DatelineError } from './DatelineError'

/** The media bucket did not take an upload (unreachable, refused): 503, nothing was saved. */
export class MediaStorageUnavailable extends DatelineError {
  constructor() {
    super('MEDIA_STORAGE_UNAVAILABLE', 'Media storage could not be reached to store the file; nothing was saved. Try again shortly.', 503)
    this.name = 'MediaStorageUnavailable'
  }
}
