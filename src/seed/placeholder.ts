import sharp from 'sharp'

const PALETTE = ['#5b6b7a', '#7a5b5b', '#6b7a5b', '#5b7a76', '#7a715b', '#6a5b7a', '#7a5b6e', '#5b647a']

/** Returns a generated 1600×900 JPEG standing in for a picture that has not arrived yet. */
export async function placeholderJpeg(index: number): Promise<Buffer> {
  const base = PALETTE[index % PALETTE.length]
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${base}"/><stop offset="1" stop-color="#1d232a"/>
    </linearGradient></defs>
    <rect width="1600" height="900" fill="url(#g)"/>
    <circle cx="${400 + ((index * 173) % 800)}" cy="450" r="220" fill="#ffffff" fill-opacity="0.08"/>
    <rect x="80" y="760" width="560" height="60" rx="8" fill="#000" fill-opacity="0.35"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 70 }).toBuffer()
}
