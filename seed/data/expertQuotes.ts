import type { SeedExpertQuote } from './types'

const ATROPHIC = ['ice-pick', 'boxcar', 'rolling']

/** Paraphrases of what each expert says in the sources; stored with kind `paraphrase`. */
export const expertQuotes: SeedExpertQuote[] = [
  {
    key: 'maiman-pockmark-definition',
    statement:
      'A pockmark is a hollow, sunken scar that forms when inflammation causes a sudden loss of collagen. Chickenpox can leave them too, but acne is the usual cause, which is why they are also known as pitted acne scars.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: [],
    contextNote:
      'Dr. Maiman’s definition at the start of the pockmarks guide, before she divides pitted scars into ice pick, boxcar and rolling types.',
    state: 'published',
  },
  {
    key: 'maiman-delay-drives-scarring',
    statement:
      'Treating inflammatory acne early is the best protection against pitted scars. If drugstore products are not working, it is important to see a board-certified dermatologist, because putting treatment off may be the biggest single contributor to scarring.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: [],
    contextNote:
      'From the prevention section of the pockmarks guide, where Dr. Maiman explains why early professional care matters.',
    state: 'published',
  },
  {
    key: 'maiman-picking-deepens-damage',
    statement:
      'Picking, scratching or squeezing blemishes is never a good idea, least of all with cysts and nodules: it can drive debris further into the dermis, carry infection into surrounding tissue and make both inflammation and scarring worse.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: [],
    contextNote:
      'Advice in the pockmarks guide on what to avoid while waiting to see a dermatologist.',
    state: 'published',
  },
  {
    key: 'maiman-sun-protection',
    statement:
      'Consistent sun protection, including sunscreen, matters for scar prevention, because ultraviolet radiation breaks collagen down just as inflammation does.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: [],
    contextNote: 'The last of the prevention tips in the pockmarks guide.',
    state: 'published',
  },
  {
    key: 'maiman-rf-microneedling-favourite',
    statement:
      'Microneedling with radiofrequency is among her favourite treatments for indented scars. The needling causes a controlled, superficial injury that sets off the skin’s repair response and builds collagen; adding radiofrequency sends energy deeper, making the treatment more aggressive and the collagen response larger.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: ['microneedling', 'microneedling-radiofrequency'],
    contextNote: 'From the list of treatment options for pockmarks in the pockmarks guide.',
    state: 'published',
  },
  {
    key: 'maiman-dermarolling-caveat',
    statement:
      'Dermarolling at home is never going to match seeing a dermatologist, but a basic hand-held roller with 0.25 mm needles, used once a week, can be somewhat effective. It must not be used during a breakout, since it can then worsen both the acne and the scarring.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ['boxcar', 'rolling'],
    treatments: ['at-home-dermarolling'],
    contextNote:
      'The caveat attached to dermarolling in the at-home section of the pockmarks guide.',
    state: 'published',
  },
  {
    key: 'maiman-collagen-topicals',
    statement:
      'For home care, the best bet is an active ingredient that stimulates collagen, such as retinol, to counter the collagen shortage behind pitted scars. Alpha hydroxy acids such as glycolic acid and a daily vitamin C product also support collagen.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ['boxcar', 'rolling'],
    treatments: ['retinol', 'alpha-hydroxy-acids', 'vitamin-c'],
    contextNote:
      'Summary of the at-home options in the pockmarks guide; the guide adds that topicals help only a little, mainly with very shallow scars.',
    state: 'published',
  },
  {
    key: 'maiman-peels-vs-devices',
    statement:
      'Chemical peels do less than device-based treatments, yet they can still make pitted scars less pronounced by uncovering fresh, healthy tissue and prompting new collagen.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: ['chemical-peels'],
    contextNote: 'Dr. Maiman’s comparison of peels with devices in the pockmarks guide.',
    state: 'published',
  },
  {
    key: 'maiman-combination-and-age',
    statement:
      'Combining treatments sometimes gives the best result. The skin’s capacity to make new collagen declines with age, which makes it respond less well to collagen-stimulating treatments, so the earlier a dermatologist is involved, the better the results.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: ['retinol', 'microneedling-radiofrequency', 'fractional-non-ablative-laser'],
    contextNote:
      'Dr. Maiman’s points on combining treatments and on timing, from the treatment and closing sections of the pockmarks guide.',
    state: 'published',
  },
  {
    key: 'maiman-subcision',
    statement:
      'Subcision lets the doctor release the band of scar tissue that anchors the skin downward and produces the dip.',
    expert: 'rachel-maiman',
    source: 'pockmarks-guide',
    scarTypes: ATROPHIC,
    treatments: ['subcision'],
    contextNote: 'Dr. Maiman’s one-line description of subcision in the pockmarks guide.',
    state: 'draft',
  },
  {
    key: 'williams-pockmarks-from-cystic-acne',
    statement:
      'Pockmarks are facial scars left by inflammatory, cystic acne. Most are shallow, crater-like dips, but ice pick scars are a deep, narrow kind that look as if a toothpick had been pushed into the skin.',
    expert: 'estee-williams',
    source: 'pockmark-causes',
    scarTypes: ['ice-pick'],
    treatments: [],
    contextNote: 'Dr. Williams’s description of pockmarks near the start of the InStyle piece.',
    state: 'published',
  },
  {
    key: 'williams-picking-not-only-cause',
    statement:
      'A pimple that is very inflamed or deep can scar as it heals even if it is never picked.',
    expert: 'estee-williams',
    source: 'pockmark-causes',
    scarTypes: ATROPHIC,
    treatments: [],
    contextNote:
      'Point attributed to Dr. Williams in the InStyle piece, which adds that picking, smoking, skin colour and genetics also affect the risk of scarring.',
    state: 'published',
  },
  {
    key: 'williams-retinoids',
    statement:
      'Products such as prescription Tazorac or Retin-A can make scars less noticeable by exfoliating the skin and stepping up collagen production.',
    expert: 'estee-williams',
    source: 'pockmark-causes',
    scarTypes: [],
    treatments: ['tazarotene', 'tretinoin'],
    contextNote:
      'From the part of the InStyle piece on getting rid of scars; the article adds that no topical erases scars and that such products are not always as powerful as in-office treatment.',
    state: 'published',
  },
  {
    key: 'williams-proactive-treatment',
    statement:
      'She treats acne patients proactively because acne left alone can cause lasting scars and red marks. Medication helps most patients, but pairing established medical therapy with procedures in the office gives the best and fastest results.',
    expert: 'estee-williams',
    source: 'pockmark-causes',
    scarTypes: [],
    treatments: ['tazarotene', 'tretinoin', 'chemical-peels', 'intense-pulsed-light'],
    contextNote:
      'Dr. Williams on her general approach to acne patients, in the treatment part of the InStyle piece.',
    state: 'published',
  },
  {
    key: 'williams-ipl-preference',
    statement:
      'Chemical peels and intense pulsed light are her go-to procedures. Of the three IPL devices in her office, she favours the Lumenis M22 for acne because it alone has a dedicated acne application, and she often picks IPL over a peel because it calms acne and also reduces redness in old acne scars.',
    expert: 'estee-williams',
    source: 'pockmark-causes',
    scarTypes: [],
    treatments: ['intense-pulsed-light', 'chemical-peels'],
    contextNote: 'Dr. Williams explaining her preferred in-office treatments in the InStyle piece.',
    state: 'published',
  },
  {
    key: 'alex-pih-vs-true-scars',
    statement:
      'The dark marks that linger after a breakout are not true acne scars but a discoloration called post-inflammatory hyperpigmentation (PIH). True acne scars change the texture of the skin, leaving indented, or atrophic, areas that can be felt with a fingertip, and because the two problems differ, so does their treatment.',
    expert: 'dr-alex',
    source: 'treating-acne-scars',
    scarTypes: ['post-inflammatory-hyperpigmentation'],
    treatments: [],
    contextNote:
      'From the practice page “How to Treat Acne Scars” for Dr. Alex’s Encino, CA office. The page speaks in the practice’s voice rather than quoting Dr. Alex directly; it is attributed to Dr. Alex as the practice’s named clinician.',
    state: 'published',
  },
  {
    key: 'alex-control-active-acne-first',
    statement:
      'Active acne has to be brought under control before scar treatment starts, or new scars may appear. The scars themselves improve only when the skin makes fresh collagen of its own to even out the surface, and fractional laser resurfacing, with the fractional CO2 laser as the example, stimulates that collagen best.',
    expert: 'dr-alex',
    source: 'treating-acne-scars',
    scarTypes: ATROPHIC,
    treatments: ['fractional-co2-laser'],
    contextNote:
      'From the treatment section of the Encino practice page; the page speaks in the practice’s voice and is attributed to Dr. Alex as its named clinician.',
    state: 'in_review',
  },
  {
    key: 'alex-fractional-co2-schedule',
    statement:
      'Collagen takes time to grow, so the full effect of one fractional CO2 session shows three to six months later. Deep acne scars often call for three to six sessions spaced about three months apart, with the final result visible roughly a year after the last one.',
    expert: 'dr-alex',
    source: 'treating-acne-scars',
    scarTypes: ATROPHIC,
    treatments: ['fractional-co2-laser'],
    contextNote:
      'From the Encino practice page’s explanation of the fractional CO2 laser; the page speaks in the practice’s voice and is attributed to Dr. Alex as its named clinician.',
    state: 'published',
  },
]
