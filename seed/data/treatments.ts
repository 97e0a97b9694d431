import type { SeedTreatment, SeedTreatmentTarget } from './types'

const ATROPHIC = ['ice-pick', 'boxcar', 'rolling'] as const

/** The same source-backed note for each atrophic (pitted) scar type. */
const forPockmarks = (efficacyNote: string): SeedTreatmentTarget[] =>
  ATROPHIC.map((scarType) => ({ scarType, efficacyNote }))

/** For at-home topicals: the sources back them only for shallow indented scars, not ice pick scars. */
const forShallowPockmarks = (efficacyNote: string): SeedTreatmentTarget[] =>
  (['boxcar', 'rolling'] as const).map((scarType) => ({ scarType, efficacyNote }))

export const treatments: SeedTreatment[] = [
  {
    slug: 'retinol',
    name: 'Retinol',
    kind: 'at_home_topical',
    summary:
      'Over-the-counter retinoid that Dr. Rachel Maiman names as the best at-home choice for pitted scars because it stimulates collagen.',
    description: [
      'Retinol is the at-home ingredient Dr. Maiman rates most highly for pockmarks. She recommends actives known to boost collagen production, since pitted scars reflect a shortage of collagen in the skin.',
      'Home products have limits. According to Dr. Maiman, topicals may help somewhat when indented scars are very shallow, but treatment in a dermatologist’s office is more effective. A prescription retinoid is the next step up and may give better results.',
    ],
    howItWorks:
      'Stimulates collagen production, aiming to make up for the collagen deficit that gives pitted scars their sunken look.',
    targets: forShallowPockmarks(
      'Dr. Maiman says topicals may help a little when indented scars are very shallow; in-office treatments are more effective for pockmarks.',
    ),
    suitability: 'Best suited to very shallow indented scars.',
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'tazarotene',
    name: 'Tazarotene (Tazorac)',
    kind: 'prescription',
    summary:
      'Prescription retinoid, named in our sources by its brand Tazorac, that can help make acne scars less visible.',
    description: [
      'Dr. Estee Williams mentions the prescription product Tazorac, whose active ingredient is the retinoid tazarotene, as one way to reduce how visible acne scars look. Products like this work, she explains, by exfoliating the skin and increasing collagen production.',
      'No topical product fully erases acne scars, and the InStyle piece notes that prescription topicals are not always as strong as procedures done in a dermatologist’s office. Dr. Rachel Maiman likewise describes a prescription retinoid as a step up from over-the-counter retinol that could give better results.',
    ],
    howItWorks: 'Exfoliates the skin and boosts collagen production.',
    targets: forShallowPockmarks(
      'Can help minimise the look of scars by exfoliating and building collagen, but cannot erase them and is usually less powerful than in-office procedures; topicals help mainly with very shallow indented scars.',
    ),
    sources: ['pockmark-causes', 'pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'tretinoin',
    name: 'Tretinoin (Retin-A)',
    kind: 'prescription',
    summary:
      'Retinoid known by the brand name Retin-A, which Dr. Estee Williams cites as an ingredient that can reduce the appearance of acne scars.',
    description: [
      'Retin-A, whose active ingredient is tretinoin, is the second product Dr. Williams names for minimising acne scars. Like Tazorac, it is meant to exfoliate the skin and raise collagen production.',
      'Topicals of this kind cannot remove scars completely and are not always as effective as in-office treatments. Dr. Rachel Maiman describes prescription retinoids in general as stronger than over-the-counter retinol, with potentially better results.',
    ],
    howItWorks: 'Exfoliates the skin and boosts collagen production.',
    targets: forShallowPockmarks(
      'Can help minimise the look of scars by exfoliating and building collagen, but cannot erase them and is usually less powerful than in-office procedures; topicals help mainly with very shallow indented scars.',
    ),
    sources: ['pockmark-causes', 'pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'alpha-hydroxy-acids',
    name: 'Alpha hydroxy acids (AHAs) such as glycolic acid',
    kind: 'at_home_topical',
    summary:
      'Over-the-counter exfoliating acids, glycolic acid among them, that Dr. Rachel Maiman counts among the collagen-stimulating ingredients for pitted scars.',
    description: [
      'Alpha hydroxy acids (AHAs), for example glycolic acid, are available without a prescription. Dr. Maiman lists them with retinol as effective ingredients for encouraging collagen.',
      'They exfoliate the skin so that newer skin, looking fresher and plumper, comes to the surface. As with other topicals, their benefit for pockmarks is modest and mostly limited to very shallow scars.',
    ],
    howItWorks:
      'Exfoliates the skin to reveal fresher, brighter and plumper-looking skin, and stimulates collagen.',
    targets: forShallowPockmarks(
      'Listed by Dr. Maiman as a collagen-stimulating over-the-counter option; topicals may help a little with very shallow indented scars.',
    ),
    suitability: 'Best suited to very shallow indented scars.',
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'vitamin-c',
    name: 'Vitamin C',
    kind: 'at_home_topical',
    summary:
      'A daily topical that, according to Dr. Rachel Maiman, boosts collagen and helps smooth scars gradually.',
    description: [
      'Dr. Maiman considers vitamin C a worthwhile part of a daily skin care routine for people with pockmarks. Its role is to support collagen production, which can make scars smoother over time.',
      'It is one of several at-home options she describes, all of which are less effective than in-office treatments and most useful for very shallow scars.',
    ],
    howItWorks: 'Helps boost collagen production, which gradually smooths scars.',
    targets: forShallowPockmarks(
      'Dr. Maiman recommends it as a daily addition that supports collagen and smooths scars over time; topicals help mainly with very shallow indented scars.',
    ),
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'at-home-dermarolling',
    name: 'At-home dermarolling (0.25 mm needles)',
    kind: 'at_home_topical',
    summary:
      'Weekly use of a simple hand-held roller with 0.25 mm needles, which Dr. Rachel Maiman says can be somewhat effective but is never the best option.',
    description: [
      'Dermarolling at home is a milder, do-it-yourself relative of the needling done by a dermatologist. Dr. Maiman says it will never be the best choice, but that a basic hand-held roller fitted with 0.25 mm needles can be somewhat effective when used once a week.',
      'There is one firm condition: the skin must not be breaking out. Rolling over active acne can worsen both the inflammatory acne and its scarring.',
    ],
    howItWorks:
      'Tiny needles make shallow injuries in the skin; the sources describe needling in general as prompting a repair response that increases collagen.',
    targets: forShallowPockmarks(
      'Dr. Maiman calls it somewhat effective at home if used weekly with 0.25 mm needles and only when there is no breakout; professional treatment is the better option.',
    ),
    sessionInterval: 'No more than once a week',
    contraindications:
      'Never use during a breakout: rolling over active acne can make both the acne and its scarring worse.',
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'microneedling',
    name: 'Microneedling',
    kind: 'in_office_procedure',
    summary:
      'Also called collagen-induction therapy: a dermatologist passes a fine-needle device over scars, making tiny wounds that heal with new collagen.',
    description: [
      'Microneedling deliberately injures the skin in a controlled, superficial way. The skin responds with a repair process that increases collagen, and the new collagen improves the look of indented scars, including ice pick scars.',
      'During treatment a dermatologist gently moves a device studded with needles across the scarred area. Many people have swelling or bruising afterwards, which can last for several days. Dr. Rachel Maiman notes that adding radiofrequency makes the treatment more aggressive.',
    ],
    howItWorks:
      'A needle-covered device makes many tiny holes in the skin; as they heal, new collagen fibres form and the scars become less noticeable.',
    targets: [
      {
        scarType: 'ice-pick',
        efficacyNote:
          'The ice pick scar source says the collagen formed as the needle holes heal makes ice pick scars less noticeable.',
      },
      {
        scarType: 'boxcar',
        efficacyNote:
          'Dr. Maiman describes it as raising collagen production and improving the look of indented scars.',
      },
      {
        scarType: 'rolling',
        efficacyNote:
          'Dr. Maiman describes it as raising collagen production and improving the look of indented scars.',
      },
    ],
    downtime: 'Swelling or bruising is common and can last several days.',
    sources: ['pockmarks-guide', 'ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'microneedling-radiofrequency',
    name: 'Microneedling with radiofrequency',
    kind: 'energy_based_device',
    summary:
      'Microneedling combined with radiofrequency energy; one of Dr. Rachel Maiman’s favourite treatments for indented scars.',
    description: [
      'This treatment pairs the controlled injury of microneedling with radiofrequency energy. Dr. Maiman counts it among her preferred options for pitted scarring.',
      'The radiofrequency energy is released deeper in the skin than the needles alone reach, which sets off a stronger inflammatory and collagen response. That makes the treatment somewhat more aggressive than plain microneedling, with a correspondingly greater collagen effect.',
    ],
    howItWorks:
      'Needling starts a repair response that builds collagen; radiofrequency energy delivered deeper in the skin amplifies the inflammatory and collagen response.',
    targets: forPockmarks(
      'One of Dr. Maiman’s favourite treatments for indented scarring; adding radiofrequency produces a bigger collagen response than microneedling alone.',
    ),
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'radiofrequency',
    name: 'Radiofrequency therapy',
    kind: 'energy_based_device',
    summary:
      'A relatively new treatment for ice pick scars in which high-frequency radio waves firm and smooth the skin.',
    description: [
      'Radiofrequency therapy directs high-frequency radio waves into the skin. Tightening and smoothing the skin in this way can make ice pick scars less noticeable.',
      'The ice pick scar source calls it a relatively recent technique and describes it as generally safe and effective whatever a person’s skin type or colour.',
    ],
    howItWorks: 'High-frequency radio waves tighten and smooth the skin.',
    targets: [
      {
        scarType: 'ice-pick',
        efficacyNote:
          'Described as a relatively new option for ice pick scars; tightening and smoothing the skin can help reduce their appearance.',
      },
    ],
    suitability: 'Described as generally safe and effective for every skin type and colour.',
    sources: ['ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'fractional-non-ablative-laser',
    name: 'Fractional non-ablative laser',
    kind: 'energy_based_device',
    summary:
      'A fractionated resurfacing laser that Dr. Rachel Maiman calls an excellent, well-established option for pockmarks.',
    description: [
      'Fractional non-ablative lasers are one of the two kinds of fractionated resurfacing laser Dr. Maiman recommends for pitted scars, the other being fractional ablative lasers.',
      'The laser produces tiny columns of controlled damage in the skin, which encourages new collagen to grow. The treatment can be somewhat painful, but Dr. Maiman regards it as a proven approach to pockmarks.',
    ],
    howItWorks:
      'Creates tiny columns of controlled damage in the skin to prompt new collagen growth.',
    targets: forPockmarks(
      'Dr. Maiman calls fractional resurfacing lasers excellent and well established for pockmarks.',
    ),
    painAndAnesthesia: 'Can be somewhat painful.',
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'fractional-ablative-laser',
    name: 'Fractional ablative laser',
    kind: 'energy_based_device',
    summary:
      'A fractionated ablative resurfacing laser that Dr. Rachel Maiman lists as an excellent option for pitted acne scars.',
    description: [
      'Fractional ablative lasers appear alongside non-ablative ones in Dr. Maiman’s list of in-office treatments for pockmarks.',
      'Like the non-ablative type, the laser creates microscopic columns of injury that stimulate the skin to grow new collagen. Some discomfort is to be expected.',
    ],
    howItWorks:
      'Creates microscopic columns of injury in the skin that stimulate new collagen growth.',
    targets: forPockmarks(
      'Dr. Maiman calls fractional resurfacing lasers excellent and well established for pockmarks.',
    ),
    painAndAnesthesia: 'Can be somewhat painful.',
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'fractional-co2-laser',
    name: 'Fractional CO2 laser',
    kind: 'energy_based_device',
    summary:
      'A fractional laser that the Encino practice presents as the best way to stimulate new collagen and smooth indented acne scars.',
    description: [
      'The practice page on treating acne scars names fractional laser resurfacing, and the fractional CO2 laser in particular, as the most effective way to make the skin produce fresh collagen of its own and so smooth the surface.',
      'The laser produces thousands of tiny holes in the skin while heating it. The heat drives new collagen formation. Because only a fraction of the skin is treated, the untouched skin between the holes helps the area heal quickly.',
      'Collagen grows slowly: the full effect of one session appears three to six months afterwards. Since acne scars are often deep, a series of three to six sessions about three months apart may be needed, with full results roughly twelve months after the final one.',
    ],
    howItWorks:
      'Produces thousands of tiny holes in the skin while heating it; the heat prompts the body to build new collagen, and the skin left untreated around each hole speeds recovery.',
    targets: forPockmarks(
      'Presented by the practice page as the best way to stimulate collagen in indented (atrophic) acne scars; deep scars may need three to six sessions, with full results about twelve months after the last.',
    ),
    sessionsNeeded:
      'Often a series of 3 to 6 treatments for deep acne scars; each shows its full effect 3 to 6 months later, and the full result about 12 months after the last',
    sessionInterval: 'About every 3 months',
    downtime:
      'Recovery is relatively quick because the skin around each treated spot is left intact.',
    suitability: 'Active acne should be under control first; otherwise new scars may form.',
    sources: ['treating-acne-scars'],
    state: 'published',
  },
  {
    slug: 'laser-resurfacing',
    name: 'Laser skin resurfacing',
    kind: 'energy_based_device',
    summary:
      'One of the resurfacing methods dermatologists use most often for ice pick scars; light energy heats the scar to stimulate collagen and elastin.',
    description: [
      'Resurfacing treatments take away the skin over and around scars so that new, healthier skin cells can grow in its place. A dermatologist may suggest resurfacing after other treatments to improve ice pick scars further.',
      'Laser skin resurfacing is among the most widely used of these methods. Monochromatic light delivers heat to the scar, and the heat spurs the skin to make collagen and elastin.',
    ],
    howItWorks:
      'Monochromatic laser light delivers thermal energy to the scar, stimulating collagen and elastin production.',
    targets: [
      {
        scarType: 'ice-pick',
        efficacyNote:
          'Among the resurfacing methods dermatologists use most for ice pick scars, often after other treatments to improve them further.',
      },
    ],
    suitability: 'Often used after other treatments to improve ice pick scars further.',
    sources: ['ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'chemical-peels',
    name: 'Chemical peels',
    kind: 'in_office_procedure',
    summary:
      'Peels that reveal fresh tissue and stimulate collagen; helpful for pitted scars, though Dr. Rachel Maiman rates them below device-based treatments.',
    description: [
      'Dr. Maiman considers chemical peels less effective than treatments that use devices, but still useful: by exposing fresh, healthy tissue and prompting new collagen, they can make pitted scars less pronounced.',
      'Dr. Estee Williams names chemical peels as one of her two go-to office procedures for acne patients, together with intense pulsed light. She often chooses IPL over a peel, however, because it also calms active acne and reduces redness in old scars.',
    ],
    howItWorks: 'Exposes fresh, healthy tissue and stimulates new collagen production.',
    targets: forPockmarks(
      'Can make pitted scars look less pronounced by revealing fresh tissue and stimulating collagen, although Dr. Maiman rates peels as less effective than device-based treatments.',
    ),
    sources: ['pockmarks-guide', 'pockmark-causes'],
    state: 'published',
  },
  {
    slug: 'tca-cross',
    name: 'TCA CROSS',
    kind: 'in_office_procedure',
    summary:
      'Chemical reconstruction of skin scars (CROSS) with trichloroacetic acid (TCA): a strong acid placed into each ice pick scar so new collagen forms as it heals.',
    description: [
      'In TCA CROSS, a dermatologist pulls the skin around an ice pick scar taut and dabs a little strong TCA solution onto the scar, injuring its epithelial layer. New collagen fibres then form inside the scar as the treated area heals, making the scar less visible.',
      'A 2015 review cited in the ice pick scar source reported roughly 25% improvement in how ice pick scars looked after one session. People can have two or three further sessions spaced 2 to 4 weeks apart.',
    ],
    howItWorks:
      'High-strength trichloroacetic acid injures the epithelial layer of the scar; healing lays down new collagen fibres inside it.',
    targets: [
      {
        scarType: 'ice-pick',
        efficacyNote:
          'In a 2015 review, one session made ice pick scars look roughly 25% better; two or three more sessions, 2 to 4 weeks apart, are possible.',
      },
    ],
    sessionsNeeded: 'One session, optionally followed by two or three more',
    sessionInterval: '2 to 4 weeks between sessions',
    painAndAnesthesia:
      'May cause a mild, passing burning sensation; anaesthesia is usually not needed.',
    sources: ['ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'punch-excision',
    name: 'Punch excision',
    kind: 'surgical',
    summary:
      'A dermatologist cuts out an ice pick scar with a small round punch tool and closes the wound with stitches.',
    description: [
      'Punch excision removes the top layers of skin that make up an ice pick scar. The dermatologist uses a punch tool about the same size as the scar, usually after numbing the area with a local anaesthetic, and then stitches the wound closed.',
      'The procedure leaves a fine scar of its own, which tends to be much harder to see than the ice pick scar it replaces.',
    ],
    howItWorks:
      'A punch tool matched to the scar’s size removes the scarred skin, and the wound is sutured closed.',
    targets: [
      {
        scarType: 'ice-pick',
        efficacyNote:
          'Leaves a fine replacement scar that is generally harder to see than the ice pick scar.',
      },
    ],
    painAndAnesthesia: 'A local anaesthetic is usually used to numb the skin.',
    sources: ['ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'punch-grafting',
    name: 'Punch grafting',
    kind: 'surgical',
    summary:
      'Typically recommended for deeper ice pick scars: the scar is removed and replaced with a small graft of skin from elsewhere on the body.',
    description: [
      'For deeper ice pick scars, dermatologists often recommend punch grafting instead of a simple excision. The scarred skin is removed and the gap filled with a skin graft.',
      'The graft is taken from a different site on the body, for example from behind the ear.',
    ],
    howItWorks:
      'The scarred skin is removed and replaced with a skin graft harvested from another site, such as behind the ear.',
    targets: [
      {
        scarType: 'ice-pick',
        efficacyNote: 'Typically recommended by dermatologists for deeper ice pick scars.',
      },
    ],
    suitability: 'Deeper ice pick scars.',
    sources: ['ice-pick-scars'],
    state: 'published',
  },
  {
    slug: 'subcision',
    name: 'Subcision',
    kind: 'in_office_procedure',
    summary:
      'A procedure in which the doctor releases the band of scar tissue that anchors the skin down and creates a depression.',
    description: [
      'Some indented scars are held down by a cord of scar tissue beneath the surface. In subcision, Dr. Rachel Maiman explains, the doctor breaks that cord up so it no longer pulls the skin into a dip.',
      'It is one of several in-office options she lists for pockmarks; the source does not tie it to one particular scar type.',
    ],
    howItWorks:
      'Breaks up the cord of scar tissue that tethers the skin downward and causes the depression.',
    targets: forPockmarks(
      'Listed by Dr. Maiman among treatments for pockmarks; it releases the scar tissue pulling the skin down. The source does not match it to a specific scar type.',
    ),
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'surgical-scar-revision',
    name: 'Surgical scar revision',
    kind: 'surgical',
    summary:
      'The scar is cut out and the normal skin on each side is stitched together; best for an isolated pockmark rather than widespread scarring.',
    description: [
      'In surgical scar revision the doctor essentially remakes a scar: the scar is excised and the healthy skin on either side is sutured together.',
      'Dr. Rachel Maiman notes that it suits a single, isolated pockmark better than indented scarring spread across the whole face.',
    ],
    howItWorks:
      'The scar is excised and the surrounding normal skin is sutured together, replacing it with a new, neater closure.',
    targets: forPockmarks(
      'Suited to one-off pockmarks rather than scarring across the whole face, according to Dr. Maiman.',
    ),
    suitability: 'A single or isolated pockmark rather than widespread facial scarring.',
    sources: ['pockmarks-guide'],
    state: 'published',
  },
  {
    slug: 'dermabrasion',
    name: 'Dermabrasion',
    kind: 'in_office_procedure',
    summary:
      'Named by Dr. Rachel Maiman as a further option for pockmarks; the source gives no detail about it.',
    description: [
      'Dermabrasion appears in the pockmarks guide only in a brief list of further options, together with dermal fillers, that a doctor may consider for an individual case.',
      'The source does not describe the procedure, its results or its recovery, so this entry needs another reviewed source before it can be expanded.',
    ],
    howItWorks: 'Not described in our sources.',
    targets: forPockmarks(
      'Listed among further options for pockmarks; the source gives no detail on how well it works.',
    ),
    sources: ['pockmarks-guide'],
    state: 'draft',
  },
  {
    slug: 'dermal-fillers',
    name: 'Dermal fillers',
    kind: 'in_office_procedure',
    summary:
      'Filler injections, mentioned by Dr. Rachel Maiman as one more option a doctor may choose for pockmarks.',
    description: [
      'Dermal filler injections are named, with dermabrasion, among the additional treatments for pockmarks in the pockmarks guide. The guide leaves the choice to the treating doctor, who decides what fits the individual case.',
      'The source gives no information on how fillers work on scars, how long they last or what they involve.',
    ],
    howItWorks: 'Not described in our sources.',
    targets: forPockmarks(
      'Listed among further options for pockmarks; the source gives no detail on how well they work.',
    ),
    sources: ['pockmarks-guide'],
    state: 'in_review',
  },
  {
    slug: 'intense-pulsed-light',
    name: 'Intense pulsed light (IPL)',
    kind: 'energy_based_device',
    summary:
      'A light-based treatment Dr. Estee Williams uses to calm acne and reduce redness in old acne scars, often in preference to a chemical peel.',
    description: [
      'IPL is one of Dr. Williams’s two go-to office procedures for acne patients. The clinician rests a handpiece with a chilled crystal tip against the face, and it emits brief, gentle bursts of light, pulse by pulse.',
      'Her office has three IPL machines, and for acne her clear favourite is the Lumenis M22, which she says is the only one with a dedicated acne application. She often prefers IPL to a chemical peel because it calms active acne and also reduces any redness left in old acne scars.',
      'The source describes IPL’s effect on acne and on scar redness only; it does not say that IPL changes the depth or texture of scars, so no scar type is linked here.',
    ],
    howItWorks:
      'A handpiece with a chilled crystal tip is held against the skin and gives off short, gentle bursts of light, one at a time.',
    targets: [],
    sources: ['pockmark-causes'],
    state: 'published',
  },
]
