import type { SeedExpert } from './types'

/** Every clinician named in the four source documents, with only the details they give. */
export const experts: SeedExpert[] = [
  {
    slug: 'rachel-maiman',
    name: 'Rachel Maiman',
    credentials: 'MD, cosmetic and general dermatologist',
    specialty: 'Cosmetic and general dermatology',
    affiliation: 'Marmur Medical',
    bio: [
      'Rachel Maiman, MD, practises cosmetic and general dermatology at Marmur Medical. She is the clinician consulted throughout our pockmarks guide source, where she explains what pitted acne scars are, how the risk of developing them can be lowered and which treatments can improve them.',
      'Her advice centres on early dermatologist care for inflammatory acne, keeping hands off blemishes, careful sun protection and collagen-stimulating treatments, which she notes sometimes work best when combined.',
    ],
    sources: ['pockmarks-guide'],
  },
  {
    slug: 'estee-williams',
    name: 'Estee Williams',
    credentials: 'Board-certified dermatologist',
    specialty: 'Dermatology, including acne and acne scarring',
    affiliation: 'Dermatology office (practice not named in the source)',
    bio: [
      'Dr. Estee Williams is a board-certified dermatologist who comments in the InStyle piece on pockmarks and on why acne scarring develops.',
      'She describes an early, active approach to treating acne and pairs medication with in-office procedures, most often chemical peels and intense pulsed light (IPL). Her office has three IPL devices; for acne she prefers the Lumenis M22.',
    ],
    sources: ['pockmark-causes'],
  },
  {
    slug: 'dr-alex',
    name: 'Dr. Alex',
    credentials: 'Physician (“Dr.”); degree and board certification not stated in the source',
    specialty:
      'Cosmetic treatments (the practice page features fractional CO2 laser resurfacing for acne scars)',
    affiliation: 'Practice in Encino, CA (name not given in the source)',
    location: 'Encino, CA',
    bio: [
      'Dr. Alex sees patients at a practice in Encino, California, whose web page on treating acne scars is one of our sources. The page gives only this first name and does not state a degree, specialty or board certification.',
      'According to the page, Dr. Alex has carried out more than 10,000 cosmetic treatments. The practice’s approach to indented acne scars is to bring active acne under control first and then use fractional CO2 laser resurfacing to build new collagen.',
    ],
    sources: ['treating-acne-scars'],
  },
]
