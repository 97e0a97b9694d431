import type { SeedArticle, SeedArticleBlock } from './types'

const h = (text: string): SeedArticleBlock => ({ type: 'heading', text })
const p = (text: string): SeedArticleBlock => ({ type: 'paragraph', text })
const list = (...items: string[]): SeedArticleBlock => ({ type: 'list', items })
const q = (quote: string): SeedArticleBlock => ({ type: 'quote', quote })

export const articles: SeedArticle[] = [
  {
    slug: 'pockmarks-causes-prevention-and-treatment',
    title: 'Pockmarks: what they are, how to prevent them and how to improve them',
    summary:
      'Dermatologist Rachel Maiman, MD, explains the three main types of pitted acne scar, the habits that lower the risk of getting them, and the at-home and in-office treatments that can make them less noticeable.',
    body: [
      h('What a pockmark is'),
      p(
        'A pockmark is a sunken scar that forms when inflammation causes a sudden loss of collagen in the skin. Chickenpox can cause them, but acne is by far the most common trigger, which is why dermatologists also call them pitted acne scars. Any inflamed pimple could leave one behind, and cystic acne always carries that risk.',
      ),
      q('maiman-pockmark-definition'),
      h('The three main types'),
      p(
        'Pockmarks on the same face often differ in size and shape, because there is more than one kind. Dr. Rachel Maiman, a cosmetic and general dermatologist at Marmur Medical, describes three:',
      ),
      list(
        'Ice pick scars: small, narrow and deep, as though made with the point of a toothpick.',
        'Boxcar scars: wide, sunken dips with sharply defined borders.',
        'Rolling scars: like boxcar scars but shallower and softer at the edges, giving the skin an uneven, undulating surface.',
      ),
      p('All three come from collagen damaged by inflammation.'),
      h('Prevention comes first'),
      p(
        'A pitted scar is a true scar, so it is permanent and can rarely be removed completely. That makes prevention the priority. The most important step is treating the acne behind the scarring early: if products from the drugstore are not controlling breakouts, it is time to see a board-certified dermatologist.',
      ),
      q('maiman-delay-drives-scarring'),
      p(
        'While waiting for that appointment, leave spots alone. Picking, scratching and squeezing are never advisable, and they are riskiest with cysts and nodules.',
      ),
      q('maiman-picking-deepens-damage'),
      p(
        'Finally, protect the skin from the sun every day, since ultraviolet light breaks down collagen much as inflammation does.',
      ),
      h('At-home options'),
      p(
        'Topical products may help a little with very shallow indented scars, but treatment in a dermatologist’s office is more effective. Dr. Maiman’s at-home suggestions all aim to stimulate collagen:',
      ),
      list(
        'Retinol, her top pick, to counter the collagen shortage behind pitted scars.',
        'Alpha hydroxy acids such as glycolic acid, which exfoliate and help build collagen.',
        'Vitamin C as a daily addition that supports collagen and gradually smooths scars.',
        'A prescription retinoid as a stronger step up from retinol.',
        'Weekly dermarolling with a simple 0.25 mm roller, which can be somewhat effective but must never be done during a breakout.',
      ),
      q('maiman-dermarolling-caveat'),
      h('In-office treatments'),
      list(
        'Microneedling with radiofrequency, one of Dr. Maiman’s favourites: the needling triggers a repair response that builds collagen, and radiofrequency energy delivered deeper strengthens it.',
        'Fractional non-ablative and ablative resurfacing lasers, which create tiny columns of damage to prompt new collagen. They can be a little painful, but they are a well-established treatment for pockmarks.',
        'Chemical peels, which reveal fresh tissue and stimulate collagen, though they do less than device-based treatments.',
        'Subcision, which releases the band of scar tissue that tethers the skin down.',
        'Surgical scar revision, in which the scar is cut out and the normal skin on each side is stitched together; it suits a single pockmark better than widespread scarring.',
        'Other choices, including dermabrasion and dermal fillers, which a dermatologist can weigh for an individual case.',
      ),
      q('maiman-rf-microneedling-favourite'),
      h('Why timing matters'),
      p(
        'Combining treatments sometimes gives the best result. Timing matters for people who already have scars, too: the skin’s ability to make new collagen declines with age, so collagen-stimulating treatments, whether topical or in-office, become less effective. Seeing a dermatologist sooner tends to mean better results.',
      ),
      q('maiman-combination-and-age'),
    ],
    scarTypes: ['ice-pick', 'boxcar', 'rolling'],
    treatments: [
      'retinol',
      'alpha-hydroxy-acids',
      'vitamin-c',
      'at-home-dermarolling',
      'microneedling',
      'microneedling-radiofrequency',
      'fractional-non-ablative-laser',
      'fractional-ablative-laser',
      'chemical-peels',
      'subcision',
      'surgical-scar-revision',
    ],
    expertQuotes: [
      'maiman-pockmark-definition',
      'maiman-delay-drives-scarring',
      'maiman-picking-deepens-damage',
      'maiman-dermarolling-caveat',
      'maiman-rf-microneedling-favourite',
      'maiman-combination-and-age',
      'maiman-collagen-topicals',
      'maiman-peels-vs-devices',
      'maiman-sun-protection',
    ],
    sources: ['pockmarks-guide'],
    seoTitle: 'Pockmarks: Causes, Prevention and Treatment Options',
    seoDescription:
      'What pitted acne scars are, how to lower your risk of getting them, and the at-home and in-office treatments a dermatologist recommends.',
    state: 'published',
  },
  {
    slug: 'acne-scarring-is-not-only-caused-by-picking',
    title: 'Picking is not the only cause of acne scarring',
    summary:
      'Deep, inflamed pimples can scar even when left alone. Board-certified dermatologist Estee Williams explains pockmarks and the treatments she relies on to reduce them.',
    body: [
      h('More than a passing mark'),
      p(
        'Once the redness and swelling of a pimple fade, something can stay behind. Sometimes it is hyperpigmentation, a patch of darker skin. Other times the blemish leaves a physical dent, the kind of scar usually called a pockmark.',
      ),
      q('williams-pockmarks-from-cystic-acne'),
      h('Why scars form'),
      p(
        'Pockmarks generally develop when a disease process affects the dermis, the layer of skin beneath the surface. Popping and picking make scarring more likely, and other factors play a part as well, including smoking, skin colour and genetics. Keeping your hands off a blemish does not guarantee it will heal cleanly, however.',
      ),
      q('williams-picking-not-only-cause'),
      h('What can reduce their appearance'),
      p(
        'The bad news is that no topical product can erase acne scars entirely. Acting early on acne is the best way to lower the chance that scars form at all. Some products can still make existing scars less noticeable by exfoliating skin and increasing collagen; Dr. Williams points to prescription Tazorac (tazarotene) and Retin-A (tretinoin).',
      ),
      q('williams-retinoids'),
      p(
        'Those topicals are not always as powerful as the procedures a dermatologist can offer in the office, and Dr. Williams combines the two.',
      ),
      q('williams-proactive-treatment'),
      h('Chemical peels and IPL'),
      p(
        'Dr. Williams turns most often to chemical peels and intense pulsed light (IPL). In an IPL session, the clinician rests a handpiece with a chilled crystal tip on the face, and it emits brief, gentle bursts of light pulse by pulse.',
      ),
      q('williams-ipl-preference'),
      p(
        'Her preference for IPL is tied to two effects she describes: it settles active acne, and it lessens redness in older scars. The article does not claim that IPL fills in the depressions themselves.',
      ),
      h('The takeaway'),
      list(
        'Very inflamed or deep pimples can scar whether or not they are picked, though picking raises the risk.',
        'Topicals such as tazarotene and tretinoin can soften the look of scars but will not remove them.',
        'In-office procedures, combined with medical therapy, give the strongest and quickest results.',
        'For active acne or the marks of an old breakout, a dermatologist can advise which products and procedures suit your skin.',
      ),
    ],
    scarTypes: ['ice-pick', 'post-inflammatory-hyperpigmentation'],
    treatments: ['tazarotene', 'tretinoin', 'chemical-peels', 'intense-pulsed-light'],
    expertQuotes: [
      'williams-pockmarks-from-cystic-acne',
      'williams-picking-not-only-cause',
      'williams-retinoids',
      'williams-proactive-treatment',
      'williams-ipl-preference',
    ],
    sources: ['pockmark-causes'],
    seoTitle: 'Acne Scarring: Why Picking Is Not the Only Cause',
    seoDescription:
      'Deep, inflamed pimples can scar even if you never pick them. A dermatologist on pockmarks, prescription retinoids, chemical peels and IPL.',
    state: 'published',
  },
  {
    slug: 'ice-pick-scars-causes-treatment-and-prevention',
    title: 'Ice pick scars: treatment options, causes and prevention',
    summary:
      'Ice pick scars are deep, narrow acne scars that rarely respond to over-the-counter products. This guide covers the professional treatments available, why the scars form and how to lower the risk.',
    body: [
      h('What ice pick scars look like'),
      p(
        'Ice pick scars are deep acne scars with a narrow, V-shaped profile, usually less than 2 mm wide. They can look like a puncture made by a sharp point, and some resemble a greatly widened pore. They tend to follow severe breakouts.',
      ),
      q('williams-pockmarks-from-cystic-acne'),
      p(
        'Over-the-counter products and natural remedies seldom help with scars this deep, so most people turn to a dermatologist. Several sessions or a mix of methods may be needed, and US health insurance usually will not pay for it. It is worth researching providers and picking one with a sound reputation.',
      ),
      h('Professional treatments'),
      list(
        'Punch excision: using a punch tool close in size to the scar, usually after numbing with local anaesthetic, the dermatologist removes the scarred skin and closes the wound with stitches. A fine scar remains, but it is usually less visible than the original.',
        'Punch grafting: often advised for deeper ice pick scars. The scarred skin is removed and replaced with a small skin graft taken from elsewhere on the body, such as behind the ear.',
        'TCA CROSS (chemical reconstruction of skin scars with trichloroacetic acid): the dermatologist pulls the skin taut and dabs a little strong TCA onto the scar. As the area heals, new collagen forms inside the scar. It may burn mildly for a short time, but anaesthesia is usually unnecessary.',
        'Radiofrequency: a relatively new option in which high-frequency radio waves firm and smooth the skin. The source describes it as generally safe and effective whatever a person’s skin type or colour.',
        'Microneedling, also called collagen-induction therapy: a device covered in fine needles is passed gently over the scars, making tiny holes that produce new collagen as they heal. Swelling or bruising for several days is common.',
        'Laser skin resurfacing: often suggested after other treatments. Monochromatic light heats the scar to stimulate collagen and elastin. Resurfacing in general removes skin over and around scars so that healthier new cells can grow.',
      ),
      h('How well TCA CROSS works'),
      p(
        'A 2015 review found that one TCA CROSS session improved the look of ice pick scars by about 25%. Two or three further sessions, spaced 2 to 4 weeks apart, are an option for people who want more improvement.',
      ),
      h('Why they form'),
      p(
        'Acne scarring is very common: a 2015 review suggested it may affect around 95% of people with acne. Any acne can scar, but severe acne makes it more likely. Deep, inflamed lesions damage the skin and the tissue beneath, and the body repairs that damage with collagen and elastin. Too little collagen leaves a pitted scar such as an ice pick scar; too much leaves a raised scar.',
      ),
      p('Risk factors include:'),
      list(
        'inflammatory lesions such as cysts and nodules',
        'delayed treatment, or no treatment, of inflammatory acne',
        'picking, popping or scratching blemishes',
        'a close family member with acne scars',
      ),
      h('Lowering the risk'),
      p(
        'Scarring cannot always be prevented, but treating every breakout and heading off new ones gives the best odds. Mild acne often responds to over-the-counter products; more severe acne is worth discussing with a dermatologist. Helpful habits include:',
      ),
      list(
        'leaving blemishes alone, with no picking, popping, scratching or touching',
        'keeping up acne treatment after the skin has cleared',
        'cleansing gently, without hard scrubbing or harsh soaps',
        'washing hair regularly with shampoo, especially if it is oily',
        'choosing oil-free, noncomedogenic skin care and makeup',
      ),
    ],
    scarTypes: ['ice-pick'],
    treatments: [
      'punch-excision',
      'punch-grafting',
      'tca-cross',
      'radiofrequency',
      'microneedling',
      'laser-resurfacing',
    ],
    expertQuotes: ['williams-pockmarks-from-cystic-acne'],
    sources: ['ice-pick-scars', 'pockmark-causes'],
    seoTitle: 'Ice Pick Scars: Treatments, Causes and Prevention',
    seoDescription:
      'Deep, narrow ice pick scars need professional care. Punch excision, grafting, TCA CROSS, radiofrequency, microneedling and lasers explained.',
    state: 'published',
  },
  {
    slug: 'fractional-co2-laser-for-acne-scars',
    title: 'Treating indented acne scars with the fractional CO2 laser',
    summary:
      'Why dark marks and true acne scars need different care, how indented scars form, and what to expect from a course of fractional CO2 laser treatment.',
    body: [
      h('Scars versus dark marks'),
      p(
        'Before choosing a treatment, it helps to know what counts as an acne scar. Many people use the term for the dark spots that linger after a breakout, but those are post-inflammatory hyperpigmentation (PIH), a discoloration rather than a scar. A true acne scar is a change in the skin’s texture: an indented, or atrophic, area you can feel with a fingertip.',
      ),
      q('alex-pih-vs-true-scars'),
      h('How indented scars form'),
      p(
        'The practice page traces many scars to pimples that burst beneath the surface when squeezed, releasing pus into the skin. The body mounts an inflammatory reaction against that material, and the inflammation destroys collagen, the protein that keeps the skin’s surface smooth. Without it, the smoothness is lost and indented scars develop. The dermatologists in our other sources advise against picking or popping blemishes at all.',
      ),
      h('Get active acne under control first'),
      p(
        'Treating scars while acne is still active risks new scars forming. Once breakouts are under control, the aim is for the skin to build fresh collagen of its own, which evens out the surface.',
      ),
      q('alex-control-active-acne-first'),
      h('How the fractional CO2 laser works'),
      p(
        'The laser makes thousands of microscopic openings in the skin and heats it. That heat prompts the body to produce new collagen, which leads to smoother texture. Because the laser is fractional, it treats only part of the skin: the untouched skin around each opening helps the area recover quickly.',
      ),
      h('What to expect'),
      list(
        'Results build slowly because collagen takes time to grow; the full effect of a single session shows three to six months afterwards.',
        'Acne scars are often deep, so a series of three to six sessions may be needed.',
        'Sessions are spaced about three months apart.',
        'Full results appear around twelve months after the last session.',
      ),
      q('alex-fractional-co2-schedule'),
      p(
        'The page states that Dr. Alex, who sees patients at the practice’s office in Encino, California, has performed more than 10,000 cosmetic treatments.',
      ),
    ],
    scarTypes: ['ice-pick', 'boxcar', 'rolling', 'post-inflammatory-hyperpigmentation'],
    treatments: ['fractional-co2-laser'],
    expertQuotes: [
      'alex-pih-vs-true-scars',
      'alex-control-active-acne-first',
      'alex-fractional-co2-schedule',
    ],
    sources: ['treating-acne-scars'],
    seoTitle: 'Fractional CO2 Laser for Indented Acne Scars',
    seoDescription:
      'Dark marks are not true acne scars. How indented scars form and what a course of fractional CO2 laser treatment involves, from sessions to results.',
    state: 'in_review',
  },
  {
    slug: 'preventing-acne-scars',
    title: 'Preventing acne scars: what dermatologists advise',
    summary:
      'Early treatment, keeping hands off blemishes and daily sun protection: the prevention advice our sources agree on, and why acting early also helps later treatment.',
    body: [
      h('Why prevention matters'),
      p(
        'Pitted acne scars are permanent. Treatments can make them much less noticeable, but they can rarely be erased entirely, so the dermatologists in our sources put prevention first. Scarring is common, too: a 2015 review cited in one source suggests it may affect around 95% of people with acne, and it is more likely when acne is severe or inflammatory.',
      ),
      p(
        'Some risk factors cannot be changed: a close family member with acne scars raises the odds, and the InStyle piece adds skin colour and genetics to the list. Others can be, including delayed treatment, picking at blemishes and smoking.',
      ),
      h('Get acne treated early'),
      p(
        'Our sources agree that bringing acne under control is central. Mild acne can often be managed with over-the-counter products. If those are not working, or the acne is more severe, a board-certified dermatologist should assess it.',
      ),
      q('maiman-delay-drives-scarring'),
      q('williams-proactive-treatment'),
      p(
        'Keep going with treatment even after the skin clears, since continuing care helps prevent new breakouts.',
      ),
      h('Leave blemishes alone'),
      p(
        'Picking, popping, scratching and even touching blemishes all raise the risk of scarring, and the danger is greatest with deep, inflamed lesions such as cysts and nodules.',
      ),
      q('maiman-picking-deepens-damage'),
      p('Keeping your hands off is not a guarantee, though.'),
      q('williams-picking-not-only-cause'),
      h('Daily habits that help'),
      list(
        'Cleanse gently, without hard scrubbing or harsh soaps and cleansers.',
        'Shampoo regularly, especially if your hair is oily.',
        'Choose oil-free, noncomedogenic skin care and cosmetics.',
        'Protect your skin from the sun every day.',
      ),
      q('maiman-sun-protection'),
      h('Be careful with at-home devices'),
      p(
        'At-home dermarolling can be somewhat effective on indented scars, but it should never be used during a breakout, because it can make both inflammatory acne and its scarring worse.',
      ),
      h('Acting early also helps treatment'),
      p(
        'For people who already have scars, time matters as well. The skin makes less new collagen with age, so it responds less well to collagen-stimulating treatments, from retinol at home to procedures such as microneedling in the office. Prescription retinoids such as tazarotene and tretinoin can help soften the look of scars, but in-office care generally does more.',
      ),
      q('maiman-combination-and-age'),
    ],
    scarTypes: ['ice-pick', 'boxcar', 'rolling'],
    treatments: ['retinol', 'tazarotene', 'tretinoin', 'at-home-dermarolling', 'microneedling'],
    expertQuotes: [
      'maiman-delay-drives-scarring',
      'williams-proactive-treatment',
      'maiman-picking-deepens-damage',
      'williams-picking-not-only-cause',
      'maiman-sun-protection',
      'maiman-combination-and-age',
    ],
    sources: ['pockmarks-guide', 'pockmark-causes', 'ice-pick-scars'],
    seoTitle: 'How to Prevent Acne Scars: Dermatologist Advice',
    seoDescription:
      'Treat acne early, leave blemishes alone and protect your skin from the sun: how dermatologists suggest lowering the risk of acne scars.',
    state: 'published',
  },
  {
    slug: 'acne-scar-types-and-treatments-guide',
    title: 'Acne scar types and treatments: an overview',
    summary:
      'A short guide to the kinds of acne scar, how they differ from dark marks, and the at-home, in-office, laser and surgical treatments described by our sources.',
    body: [
      h('Scars or marks?'),
      p(
        'Not every trace of a breakout is a scar. Dark marks left after acne are post-inflammatory hyperpigmentation (PIH), a change in colour. True acne scars change the skin’s texture, and the two are treated differently.',
      ),
      q('alex-pih-vs-true-scars'),
      h('Types of acne scar'),
      list(
        'Ice pick scars: deep, narrow, V-shaped pits, usually under 2 mm wide.',
        'Boxcar scars: broad, sunken depressions with sharp edges.',
        'Rolling scars: shallower, smoother-edged dips that make the surface look uneven.',
        'Raised scars: form when the body makes too much collagen during healing.',
        'Post-inflammatory hyperpigmentation: dark discoloration, not a true scar.',
      ),
      p(
        'The first three are pitted, or atrophic, scars. They form when inflammation destroys collagen, or when healing produces too little of it.',
      ),
      q('maiman-pockmark-definition'),
      h('At-home and prescription topicals'),
      p(
        'Topicals can help a little, mainly with very shallow indented scars, and over-the-counter products do little for deep ice pick scars. Options include retinol, alpha hydroxy acids such as glycolic acid, vitamin C, and prescription retinoids such as tazarotene (Tazorac) and tretinoin (Retin-A). Weekly dermarolling with 0.25 mm needles can be somewhat effective but must never be done during a breakout.',
      ),
      h('In-office procedures'),
      list(
        'Chemical peels: reveal fresh tissue and stimulate collagen, though less effective than devices.',
        'TCA CROSS: strong trichloroacetic acid applied to ice pick scars; about 25% improvement after one session in a 2015 review.',
        'Microneedling: controlled needle injuries that heal with new collagen.',
        'Subcision: releases scar tissue that tethers the skin down.',
        'Dermabrasion and dermal fillers: named as further options, without detail, in one source.',
      ),
      h('Energy-based devices'),
      list(
        'Microneedling with radiofrequency: a more aggressive form of microneedling.',
        'Radiofrequency therapy: radio waves that tighten and smooth the skin.',
        'Fractional non-ablative and ablative lasers: columns of controlled damage that prompt new collagen.',
        'Fractional CO2 laser: often three to six sessions about three months apart, with full results around twelve months after the last.',
        'Laser skin resurfacing: light energy that stimulates collagen and elastin.',
        'Intense pulsed light (IPL): calms acne and reduces redness in old scars.',
      ),
      h('Surgical options'),
      list(
        'Punch excision: the scar is cut out with a punch tool and stitched.',
        'Punch grafting: the scar is replaced with a small skin graft, typically for deeper ice pick scars.',
        'Surgical scar revision: suited to an isolated pockmark.',
      ),
      h('Choosing a treatment'),
      p(
        'A combination of treatments sometimes works best, and earlier treatment tends to give better results because collagen production declines with age. Most treatment for ice pick scars is not covered by US health insurance. A dermatologist can recommend what suits a particular case.',
      ),
      q('maiman-combination-and-age'),
      q('williams-ipl-preference'),
    ],
    scarTypes: ['ice-pick', 'boxcar', 'rolling', 'raised', 'post-inflammatory-hyperpigmentation'],
    treatments: [
      'retinol',
      'alpha-hydroxy-acids',
      'vitamin-c',
      'tazarotene',
      'tretinoin',
      'at-home-dermarolling',
      'chemical-peels',
      'tca-cross',
      'microneedling',
      'subcision',
      'dermabrasion',
      'dermal-fillers',
      'microneedling-radiofrequency',
      'radiofrequency',
      'fractional-non-ablative-laser',
      'fractional-ablative-laser',
      'fractional-co2-laser',
      'laser-resurfacing',
      'intense-pulsed-light',
      'punch-excision',
      'punch-grafting',
      'surgical-scar-revision',
    ],
    expertQuotes: [
      'alex-pih-vs-true-scars',
      'maiman-pockmark-definition',
      'maiman-combination-and-age',
      'williams-ipl-preference',
    ],
    sources: ['pockmarks-guide', 'pockmark-causes', 'ice-pick-scars', 'treating-acne-scars'],
    seoTitle: 'Acne Scar Types and Treatments: An Overview',
    seoDescription:
      'Ice pick, boxcar, rolling and raised scars, how they differ from dark marks, and the topical, in-office, laser and surgical treatments available.',
    state: 'draft',
  },
]
