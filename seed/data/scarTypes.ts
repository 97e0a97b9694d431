import type { SeedScarType } from './types'

export const scarTypes: SeedScarType[] = [
  {
    slug: 'ice-pick',
    name: 'Ice pick scars',
    category: 'atrophic',
    isTrueScar: true,
    summary:
      'Narrow, deep, V-shaped pits, usually less than 2 mm across, that can follow severe or inflammatory acne.',
    description: [
      'Ice pick scars are one of the three main kinds of pitted (atrophic) acne scar, together with boxcar and rolling scars. They are small in width but reach far down, so the surface looks as though it had been pierced by a fine, sharp point. Dr. Estee Williams compares them to the mark a toothpick would leave, and some look like a greatly enlarged pore.',
      'Because they are so deep and narrow, over-the-counter and natural remedies generally do little for them, and most people who want them to look less noticeable need a dermatologist. Options in our sources include punch excision, punch grafting, TCA CROSS, radiofrequency, microneedling and laser resurfacing, often over several sessions or in combination. In the United States, health insurance usually will not pay for this care.',
    ],
    appearance: {
      shape:
        'Deep, narrow, V-shaped pit that looks like a puncture; some resemble a very enlarged pore',
      typicalWidth: 'Usually less than 2 mm',
      typicalDepth: 'Deep relative to its width',
    },
    causes: [
      'Severe or inflammatory acne, such as cysts and nodules, that penetrates deeply and damages the skin and the tissue beneath it.',
      'Healing that lays down too little collagen, which leaves a pitted scar.',
      'Collagen loss set off by inflammation, the shared cause of all pitted acne scars.',
      'A higher risk with picking, popping or scratching blemishes, with delayed or absent treatment of inflammatory acne, and with acne scarring in a close family member.',
    ],
    sources: ['pockmarks-guide', 'pockmark-causes', 'ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'boxcar',
    name: 'Boxcar scars',
    category: 'atrophic',
    isTrueScar: true,
    summary:
      'Wide, sunken depressions with sharply defined edges; one of the three main types of pitted acne scar.',
    description: [
      'Boxcar scars are pitted (atrophic) acne scars that are broader than ice pick scars and have clearly outlined borders. Dr. Rachel Maiman names them, with ice pick and rolling scars, as one of the three main forms a pockmark can take.',
      'Like other pockmarks they are permanent, and they can rarely be removed completely, but their appearance can be improved. Dr. Maiman says treatment in a dermatologist’s office works best for indented scars, sometimes with several methods combined, while topical products may help a little only when the scars are very shallow.',
    ],
    appearance: {
      shape: 'Broad, sunken depression with well-defined edges',
    },
    causes: [
      'Collagen lost to inflammation, most often from acne; cystic acne always carries a risk of pitted scarring.',
      'Delay in getting inflammatory acne treated, which Dr. Maiman considers perhaps the largest single contributor to scarring.',
      'Picking, scratching or squeezing blemishes, especially cysts and nodules.',
    ],
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'rolling',
    name: 'Rolling scars',
    category: 'atrophic',
    isTrueScar: true,
    summary:
      'Shallow depressions with smooth, soft edges that give the skin an uneven, undulating surface.',
    description: [
      'Rolling scars resemble boxcar scars but are shallower and smoother at the edges, so the skin looks uneven and wave-like rather than sharply pitted. They are the third of the main pockmark types that Dr. Rachel Maiman describes.',
      'They share the cause of all pockmarks, the loss of collagen through inflammation, and the same range of treatments. In-office procedures that stimulate collagen are the most effective, and a combination can give the best result.',
    ],
    appearance: {
      shape: 'Shallow depression with smooth edges; the surface looks uneven or rolling',
      typicalDepth: 'Shallower than boxcar scars',
    },
    causes: [
      'Collagen lost to inflammation, most often from acne.',
      'Delay in treating inflammatory acne.',
      'Picking, scratching or squeezing blemishes, especially cysts and nodules.',
    ],
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'raised',
    name: 'Raised scars',
    category: 'raised',
    isTrueScar: true,
    summary:
      'Scars that stand above the surrounding skin because the body produced too much collagen while repairing acne damage.',
    description: [
      'When severe or inflammatory acne injures the skin deeply, the body repairs the damage by making collagen and elastin. If it makes too little collagen, a pitted scar is the result; if it makes too much, the scar can end up raised.',
      'Our sources mention raised acne scars only briefly and do not discuss treating them, so this entry covers how they form. The treatments in this collection are described in the sources for indented scars.',
    ],
    appearance: {
      shape: 'Raised above the level of the surrounding skin',
    },
    causes: [
      'An excess of collagen produced while the skin heals from deep acne damage.',
      'Severe or inflammatory acne that penetrates deeply into the skin.',
    ],
    sources: ['ice-pick-scars'],
    state: 'in_review',
  },
  {
    slug: 'post-inflammatory-hyperpigmentation',
    name: 'Post-inflammatory hyperpigmentation (PIH)',
    category: 'pigmentation',
    isTrueScar: false,
    summary:
      'Dark marks left after a breakout. They are a change in skin colour rather than a true scar, and they are treated differently.',
    description: [
      'Post-inflammatory hyperpigmentation (PIH) is the darker patch that can remain after an acne lesion settles. Many people call these marks acne scars, but the practice page on treating acne scars stresses that they are discolorations. A true acne scar alters the texture of the skin and can be felt as a dip; PIH alters only its colour.',
      'The distinction matters because the two are not treated the same way. Collagen-building procedures for indented scars, such as fractional CO2 laser resurfacing, aim to smooth texture. Our sources do not describe a specific treatment for PIH.',
    ],
    appearance: {
      shape: 'Dark discoloration of the skin with no indentation to the touch',
    },
    causes: [
      'An acne breakout: once the redness and swelling of a blemish fade, a darker spot can be left behind.',
    ],
    sources: ['treating-acne-scars', 'pockmark-causes'],
    state: 'published',
  },
]
