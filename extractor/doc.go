// Package extractor finds commitments in article text with rules: which
// country (or the EU, NATO, a group) pledged, delivered, considered or
// declined how many troops, how much money, which equipment or what other
// support, with the sentence as evidence and a confidence.
//
// It does no I/O: text in, []news.Commitment out. It uses no model and no
// network; the lexicons are embedded data files, and a user lexicon can
// extend them without recompiling.
//
// # Basics
//
// New builds an Extractor from the embedded lexicons plus an optional user
// lexicon; Extract returns the commitments of a text; Mentions returns what
// the rules recognised (actors, numbers, money, troops, equipment, support,
// triggers, status cues) for people writing rules. An Extractor is
// immutable and safe for concurrent use. Version names the rule set and
// changes with every change of rules or lexicons.
//
// # How it works
//
// Extract tokenizes the text once (words, numerals, punctuation, with byte
// offsets) and matches every lexicon phrase in one left-to-right pass over
// a token trie. A token holds only offsets: into the text, and into one
// lower-cased copy of it (where a few Unicode lower forms are appended), so
// the token slice has no pointers for the garbage collector. Each token is
// looked up once in the lexicon's vocabulary (most are rejected by a bit
// set first); the trie is then walked on integer ids, and a bit set of the
// classes that start at each token answers most questions of the grammar
// without a look at the matches. It splits sentences (at line breaks, and at sentence-final
// punctuation that is not an abbreviation such as "U.S."), then reads each
// sentence:
//
//   - mentions: actors (country names and ISO-style abbreviations, demonyms
//     before a title or government, capital and seat metonyms, leaders),
//     numbered groups ("26 allied countries"), money (symbols and ISO codes
//     before or after, currency words, scale words, qualifiers and ranges),
//     troops ("5,000 troops", "a contingent of 300"), equipment ("40
//     Leopard 2 tanks") and kinds of support ("air support");
//   - frames that link a quantity to its committer: a list line ("Poland:
//     2,500 troops"; after the line's first amount only a counted item of
//     another kind, "United Kingdom: £1.7bn – for 5 000 missiles"), a
//     bullet under a header ending in a colon (the committer is the last
//     subject before the header), a passive agent ("missiles supplied by
//     Norway"), troops that name their country and where they are or what
//     they will do ("1,700 German soldiers are stationed there", "an
//     Italian contingent of 1,100 soldiers is already in Lebanon"),
//     troops held abroad ("Austria, which has 160 soldiers in the force"),
//     an object relative clause ("the $12bn it has disbursed"), a verb
//     with its subject ("Germany will send …", coordinated subjects give
//     one commitment each, "X said it would …" resolves the pronoun to the
//     X right before it, "we"
//     in a quote is the speaker named after it, a bare "the Government"
//     is the last country named as a subject, a headline "UK to send …"),
//     an elided verb in donor lists ("…, Switzerland CHF 50 million"), an
//     owner and a commitment noun with or without a link ("Germany's €1bn
//     pledge", "Australia's contribution includes 49 Abrams tanks", "the
//     Danish package, worth DKK 1.7bn"), or a cue noun ("Washington's
//     willingness to support …");
//   - a passive of handing over without an agent, in a sentence whose
//     source is a country ("the 12 aircraft promised in May have been
//     handed over, the Dutch ministry said"; below review confidence);
//   - a list line may start with coordinated countries ("Denmark, Sweden
//     and Finland — EUR 10 million each"), and its status may follow the
//     amount up to the end of the clause ("– 550 generators delivered",
//     "– USD 1.2 billion since 2022");
//   - the new total after "bringing its contingent to about 300" (also
//     "brings", "taking", "raising" … "to"), pledged;
//   - support with a support verb as the main verb after a modal, "has"
//     or the subject: "Britain will train 10,000 Ukrainian recruits" (the
//     trainees are not troops; their country is the recipient), "Japan has
//     trained deminers" (delivered), "Finland would share radar data",
//     "Tokyo could help with demining and reconstruction" (one item);
//     one support line per item ("logistics support and air policing");
//   - a refused request: "Germany has rejected requests for Taurus
//     missiles", "Austria turned down requests for 200 soldiers" (declined);
//   - money without an amount when a money noun is the object of a verb
//     ("could make a further contribution", "ready to contribute to a
//     fund"), and the earlier level after "up from" ("to 2,200 troops, up
//     from about 1,900": 1,900 delivered);
//   - status from cues between the actor and the end of the quantity:
//     declined ("ruled out", "will not", a withdrawal: "withdrew", "pulled
//     out", "ending the deployment") over considering ("could", "ready
//     to", "is examining"; not the month "in May") over delivered ("so far", "has provided", "sent", troops
//     in place) over pledged. Cues of another clause do not count: before
//     "but", "while" … or inside commas right after the actor ("Germany,
//     which has led the force since 2006, will contribute …").
//
// Then, per text: troops without a number are dropped when the same actor
// has numbered troops with the same status in the sentence, and a pledge
// repeated (same actor, kind, value and status; a headline and the body)
// is kept once.
//
// The recipient is the first country after the anchor in its clause that
// follows "to", "for", "into", "in" … or is the object of the verb. A
// commitment without one takes the document's dominant recipient (rule
// "recipient.document"): the country its own frames name as recipient
// most often and for at least half of the commitments that name one
// ("Poland: 2,500 troops" in an article about Ukraine). A tie, a text
// whose frames name none, or the actor itself leaves it empty.
//
// ActorSpan and ValueSpan are byte offsets inside the evidence, for
// highlighting: the actor mention (for an actor named in another sentence,
// the pronoun or "the Government" that stands for it, else nil) and the
// quantity read ("2,500 troops", "£1.6 billion", "USD34.6 million", "40
// Leopard 2 tanks"; nil without a number: support, troops or equipment
// without a count, money without an amount).
//
// Numbered military instructors, trainers, advisers, staff officers and
// medical teams are troops; without a number, instructors and trainers
// are support ("will second gendarmerie trainers"). A team of civilian
// experts or rescuers ("a disaster relief expert team of eight") is
// support, without a number. "Congo" alone is the Democratic Republic of
// the Congo; the Republic of the Congo is named in full, as
// "Congo-Brazzaville" or by "Brazzaville".
//
// A number near an actor is not a commitment unless a frame links them, so
// casualties, populations, polls, prices, army sizes and enemy troops
// yield nothing. Troops whose first destination named is the committer's
// own country ("deploy 2,000 police officers to secure the summit in
// Berlin") are forces at home, not a commitment. A place after a preposition ("a summit in Paris", "in
// eastern Congo") or in a dateline ("BEIRUT (AP) —") is not an actor. A
// definite or named unit without a number ("lead the force", "the Haitian
// National Police") is not committed. An amount that restates the one
// before it ("NOK 10 billion ($950 million)") is not a second commitment.
// Groups are reported as "group:<text>" and never as a country. Troops
// stationed abroad are delivered troops, as in the gold files.
//
// # Real-news frames (rules-7)
//
// Tuned on annotated real news (the development half of the shared
// real-news corpus), these families read phrasings that the frames above
// miss; each sets its own rule id.
//
//   - Troops name their committer inside the phrase: a demonym, a country
//     or an armed force ("500 Turkish soldiers", "700 Bundeswehr
//     soldiers"), after a verb or noun of deployment ("the deployment of
//     1,000 Ugandan soldiers") or after "there are" (frame.troop-owner,
//     troops.there-are). The giver may follow "from" ("$150m from Saudi
//     Arabia", "troops from Senegal and Chad", "personnel will come from";
//     frame.from, frame.troops-from), sit in brackets ("Serbia (48)"), be
//     shared out by "respectively" (frame.respectively), or rank by its
//     peacekeepers ("Nepal has 5,682 peacekeepers"; troops.ranked). Head
//     counts ("a 216-member team", "a 1,500-strong force") are troops;
//     counted units ("two battalions") have no number; a bare number
//     stands for troops in a sentence that counts them ("send an
//     additional 200", "50 more", "by 150 to around 450"). Withdrawals are
//     declined; troops a country "contributes" or "maintains" abroad are
//     delivered. Trainees, a call on another country to withdraw, an open
//     question ("did not say if it would deploy") and a third party's
//     estimate are not commitments.
//   - A numbered quantity committed by coordinated actors together ("X, Y
//     and Z will jointly contribute $500m", "Kenya, Uganda and Ethiopia
//     contributed 22,000 soldiers") is one group line (frame.joint); "each",
//     "both" and "respectively" keep one line per actor.
//   - Money: the value of a package ("the total value of the package is
//     SEK 3.4 billion"), a new total ("will bring its total aid to £3bn",
//     "increase to €370 million"), "support X with €N", a recipient as
//     subject whose giver is named in the sentence or the one before
//     ("Ukraine received the last tranche of €3.2 billion"), a bare amount in
//     the currency the text used last, coordinated numbers that share a
//     scale and currency ("17 and 10 million dollars"), list lines and
//     tables without a verb ("Japan $77 million", rows of recipient and
//     count under a header that names the donor; frame.table-row). A sale
//     price, money raised by a recipient and a cost estimate are not
//     money commitments.
//   - Currencies: "a $3 billion loan" is US dollars (a one-letter symbol
//     such as "A$" is written glued), "$CAN", "CDN$", "$NZ", glued prefix
//     symbols ("SR2bn"), crore and lakh, a currency code in brackets before
//     the number; "kronor" and other words shared by several currencies
//     resolve to the actor's own currency.
//   - The giver not named in the sentence (frame.implied-donor, below the
//     review threshold): "The package includes …", "It includes …", an
//     agentless passive in a text about one donor, "The package …" right
//     after one giver's commitment; a package as the subject of a link or
//     giving verb goes to the donor named in it or before it
//     (frame.package).
//   - Not the giver: a subject that receives (a passive of giving,
//     get/receive, raise, thank), asks or allows another, or only owns a
//     noun; countries listed as a conference's attendees; the one met,
//     thanked or welcomed. "…, who announced", "announced that X will", a
//     clause after "but" without a subject, and a bare "the Government" (the
//     country named most often) are resolved.
//   - Equipment: the seller's approval of an arms sale, pledged
//     (frame.sale); "the tanks that Germany promised" (frame.relative-
//     equipment); a ship or aircraft of a named country with a word of
//     deployment, delivered; donated goods (vaccines, generators,
//     consignments of aid).
//   - Support: countries that join, lead or take command of an operation
//     or coalition get one support line each, or the coalition's kind when
//     it is named for materiel (frame.join); "with the support of X"
//     (frame.with-support); permissions and vetoes ("will not allow the
//     transit of weapons", declined; frame.permission); verbs of missions
//     (fly, carry out airstrikes, suspend or end cooperation). A purpose
//     ("€N to support …", "to help Ukraine fight") makes no line of its own.
//   - Status cues count only in their own clause (not in a relative clause
//     with its own subject, nor in an earlier verb phrase). Declined adds
//     "not" before the verb, "nor will", pause/suspend, cuts and troops
//     that withdraw; considering adds keen/seeks to, "If …,", "offered" with
//     a number, "not ruling out"; delivered adds "extended" (credit),
//     "since <year>", "is sending", present-tense headlines and "donated by
//     X". A doubted clause ("no sign that", "not clear if") gives no line.
//   - Repeats: lines without a number are one per actor, kind and status in
//     a text, and the same amount of one actor is one line.
//
// # Robustness (paraphrase rounds)
//
// Each family was then tested on self-written rewordings of its phrasings
// (other verbs, tenses, passives, the actor as demonym, capital, leader or
// ministry, number formats, word order, headlines) and near-misses; the
// rows are the table tests (troops_test.go, money_test.go,
// money_lists_test.go, equipsupport_test.go, actors_test.go). What they
// added, in short:
//
//   - Numbers: dashed ranges keep the upper bound ("800-1,000", "£1-1.5bn";
//     not "2014-15"), "a quarter of a billion", "one and a half billion";
//     "several hundred" and "a few dozen" are no number; "all 1,000 of its
//     troops" and "60 of its T-72 tanks" count the part.
//   - Passives find their agent after a place or a modal ("will be sent to
//     Haiti by Kenya"), after the recipient ("delivered to Ukraine by
//     Germany"), with the recipient as subject ("Ukraine has been given 14
//     tanks by Germany"), and in gapped lists ("€20m was pledged by Italy and
//     €15m by Spain"); an agentless passive reported by a country is that
//     country's (troops.reported-passive).
//   - Troops: withdrawals by verb (withdraw, pull out, bring home, recall,
//     draw down) or noun ("the drawdown of"); troops hosted are their own
//     country's, not the host's (troops.hosted); "make N troops available",
//     "ordered N troops to"; a start told in the past ("began deploying") and
//     present headlines ("X deploys") are delivered.
//   - Money: rankings ("the biggest donor was X with $N", "X ranks third
//     with", "followed by / ahead of X with"), lists run into one sentence
//     after a header (frame.list-inline), "Country, amount" table lines,
//     "It includes …" and "A further N will follow" after the announcing
//     country, a loan or grant "from" a country, more currencies (TWD, MYR,
//     IDR, THB, VND, NGN, EGP, BDT, KES, UGX, TZS, NIS); a contract, order or
//     sale price is no money line unless bought for another country; the
//     same pledge given again in brackets in another currency is one line.
//   - Equipment and support: materiel named with a troop noun ("armoured
//     personnel carriers") is equipment; tonnage gives uncounted goods; a
//     bare count takes the item it leaves out ("Germany will send 14 tanks,
//     Poland 10"); nouns of handing over ("ruled out the delivery of",
//     frame.delivery-noun); leaving an operation (frame.leave); passives of
//     training (frame.trained-by). Support is not: a stance ("support for
//     Ukraine's sovereignty"), a country as the only object of "support" or
//     "back", support compared or ranked, asked for, hoped for or denied.
//   - Status: hedges (weigh, mull, "in talks about", conditions after
//     "would"), refusals (put on hold, off the table, voted against, nixes),
//     and cues of another clause (a relative clause, a second verb phrase, a
//     contrast with its own object, an aside) do not count.
//
// # Robustness, round 4 (rules-8)
//
// A fourth round of self-written paraphrases and near-misses (about 800
// rows: troops_test.go, actors_test.go, money_para_test.go,
// support_test.go) added, in short:
//
//   - Troops: a head count in apposition (", numbering 340,", ", 150 in
//     all,"), after a fronted participle ("Made up of 40 soldiers, the
//     Estonian contingent …"), after ", at" (the unit before it), as a
//     country's share ("accounts for / makes up N of", troops.share), after
//     a fronted phrase and "be" ("Among the troops are 250 Czech soldiers",
//     troops.among), or as what a country's unit consists of
//     (troops.composed-of). Troops held "at readiness" are considering
//     (troops.standby); "under NATO command" is a disposal. A breakdown
//     ("including 40 medics"), the size of an existing force, troops
//     guarding their own ground, another country's troops as an object and
//     a past first deployment give no line.
//   - Actors: asides (", not X,", ", according to X,", ", which …,",
//     "Unlike X,") are skipped when looking for the subject; a title placed
//     in a country ("Lawmakers in Norway") and a bare legislature opening a
//     sentence stand for the country; the agent after "by" is the head of a
//     possessive description; "we have N soldiers in X" is the speaker's; a
//     country thanked for a verb of giving gave (frame.thanked-for).
//   - Money: German scale abbreviations ("1,5 Mrd. Euro"); a restatement in
//     another currency after a dash or ", worth" is the same pledge. The
//     giver may be named in a compound ("a Japan-funded $20 million
//     project", frame.money-funded-compound), after "from" before the amount
//     (frame.money-noun-from), as the source of a sentence about a package
//     (frame.money-reporter-noun), or, for money set aside for or received by
//     a named recipient, as the article's donor (frame.money-set-aside,
//     frame.money-org-receiver). Withholding, freezing and cutting aid are
//     declined; rescheduling or waiving debt is debt relief; a total after
//     "bringing its total to" and a part of a cumulative total follow the
//     cumulative-giving convention (frame.money-total); conditions ("If X
//     pledged …") give no line.
//   - Support needs a giver, a verb of giving or committing and a concrete
//     kind of help. Guards drop stances (support for a bid, a resolution,
//     the arts), third-party claims and accusations, hypotheticals and
//     obligations, needs, topics of meetings, nouns that only modify
//     another ("training requirements"), strikes on a country, and "to" + a
//     support verb with no concrete object. Generic aid next to an amount or
//     counted goods gives no extra support line.
//   - Equipment: "supply X with" goods, calibres as modifiers, "supply" as a
//     noun before goods, vehicles carrying cargo (the cargo is the line),
//     goods for the giver's own people; ships and aircraft present somewhere
//     count only near a mission or in another country.
//     frame.funded-purchase gives goods bought with a donor's money to the
//     donor; frame.among reads "Among the items pledged by X are …". Goods
//     "expected to arrive" are pledged.
//
// # Recall round and context guards (rules-8)
//
// A donor "along with" partners keeps its own line beside the group's; a
// pronoun or "the country" opening the sentence after a sentence of thanks
// stands for the country thanked; the agent of a future passive ("will be
// bolstered by 150 troops sent by X") is pledged. Troop cuts take their
// size after "by"; staff and people counted by a verb of deployment are
// troops; a share after a leading "Of the N troops," counts the force;
// "the N troops X has in Y" is held abroad (troops.held-relative); a force
// "made up of troops from A, B and C" is in place for each country unless
// a verb of giving precedes (troops.made-up-of). A commitment noun takes
// its giver after the amount ("the granting of €30 million by Spain",
// frame.noun-by). Materiel that "reached" or "arrived in" a place is
// delivered.
//
// Context guards (frames_context_*.go, rule ids guard.*) stop a frame that
// reads like a commitment in a context that commits nothing: prisoner
// swaps, drills, relief at home, the front line, a country's own war, army
// size, procurement, region, industry, subsidies and purchases, domestic
// beneficiaries, spending rankings, company co-development, denied reports,
// needs, demands of another country, closing estimates, counterfactuals,
// opinion pieces, history, a pronoun that stands for a company, and a
// later clause with its own subject. notCommitted calls contextGuard for
// every frame; each guard reads the frame's sentence and at most the one
// before. testdata/negatives holds self-written news texts with no
// commitment (pure/) and with a few (mixed/, gold in mixed.gold.jsonl);
// TestNegatives keeps the false lines on them under a small floor.
//
// # Real-news round 2 (rules-9)
//
// Tuned on a second set of real pages annotated apart from the rules
// (outside the project), one family at a time.
//
// Troops: members of a group named after "including", "such as" or "like"
// share the group's verb, and countries listed after a group's troops
// ("They are A, B and C") commit them without the group's number
// (troops.group-members). A country that helps a mission "with N
// personnel" commits them (troops.help-with); a country described as a
// troop contributor has troops in place (troops.contributor). Troops that
// leave their own country for a mission are sent; a unit's head count may
// stand in brackets; a bare number "already in the country" is troops in
// place. Countries asked to send troops, actors of "-led" compounds after
// a verb, troops named for another country and troops that "will not take
// part in combat" commit nothing.
//
// Money: a long donor list after one verb is read back entry by entry
// (money.gapped-chain). Money lent "with" a country names the lender from
// the borrower's side (frame.money-lender-with); "so did X" adds a donor
// of the same amount (money.so-did); money under a country's programme is
// that country's (frame.money-under-programme). Amounts that restate
// another, amounts asked for, counterfactuals ("should have been"), sale
// prices and approvals give no line. A currency word shared by several
// countries resolves to the country named in the sentence
// (currency.named-country). Renewed or rolled-over money is delivered.
//
// Equipment: items run in with semicolons take the frame of the first item
// (frame.semicolon-item); each bullet or semicolon item is its own line and
// wins over a summary of the list (equipment.list-item); goods listed after
// "include" under a passive of giving belong to the sentence's source
// (frame.goods-include). A passive of giving may follow the goods ("1
// million doses of the vaccine donated by X"; equipment.passive-after-goods);
// goods named with their owner's demonym in an agentless passive to a named
// recipient are the owner's (equipment.owner-passive). A country named with
// its partners keeps its own line beside the group's (equipment.group-owner).
//
// Support: a country's officer named to command an operation
// (frame.command); countries involved in an operation (frame.involved); an
// operation run by countries, as a passive (frame.run-by); the giver as
// agent of support ("training of pilots by X"; frame.support-by); what a
// country's role consists of (frame.role-of). Generic aid of a giver with
// money or goods in the text is dropped.
//
// Status: negated intentions ("not planning to", "not practical to",
// "against sending") and retractions after a contrast are declined, and so
// is "no" as the object of a verb of giving. Roll-overs of loans and
// deposits are delivered whatever the tense; so is handing over that goes
// on or has begun ("continues to supply", body progressives of transfer,
// headlines of receiving or arrival, "currently includes"). Hedges ("in
// early talks", "leave the door open", "cannot be ruled out") are
// considering; hedge adjectives do not hedge an approved sale or a proposed
// destination. When the commitment is the subject of its clause ("sending
// troops … is not on the agenda"), the predicate after the copula decides.
//
// # Cost
//
// Extraction is linear in the length of a text: rules read the mentions of
// their own sentence or token range through the indexes of index.go
// (quantsOf, quantsNear, numbersNear, actorsNear, hasLine), and the line
// stages (de-duplication, document features) use maps keyed by actor, kind
// and value, never a loop over all pairs of lines. A new rule that looks
// for other quantities loops over a.quantsOf(si), not a.quants.
// BenchmarkExtractLong reports MB/s and MB per CPU second at 64 KB, 512 KB
// and 2 MB.
//
// Per-sentence masks let whole sentences be skipped: textStats.sentCls
// holds the lexicon classes and analysis.sentWords the Go-side word classes
// of wordclass.go (single words such as the permission and help verbs,
// added to the trie's vocabulary so each token's class comes with its
// vocabulary id). A frame that scans tokens for given words first checks
// a.sentHas(si, w) or the class mask, and per token a.tokHas(k, w); every
// word its switch accepts must be in the class list
// (TestWordClassesMatchSwitches); the context guards and status cues skip
// sentences the same way (captivity, disaster, denial, estimate and accusation words,
// roll-over and retraction), and a.sentsHave(from, to, w) answers for a
// token range that may cross sentences (troops leaving). The sentence of a
// token comes from a.sentAfter(k), a per-token index.
//
// Frame functions and guards take the quantity and the frame by pointer
// (q *quantity, f *frame) and never change what they point to: a rule that
// needs a changed quantity or frame copies it first (part := *q); one that
// changes its own frame takes it by value (settle, joint, moneyFrame). One long text's analysis
// (up to 2^20 tokens) is kept for reuse beside the free list: without it
// a 2 MB text allocates some 115 MB instead of 20 MB and runs about 15%
// slower per CPU second.
//
// selectFrame tries the runs of frames that read one kind of quantity
// (money with a number, troops, equipment) only for that kind; each frame
// still checks the kind itself. What the lines of one frame share (status,
// recipient, anchor rule) is computed once for all its actors.
//
// # Currencies
//
// The currency is taken from the text only: a symbol ("€", "£", "C$",
// "A$", "US$"), an ISO code before or after the number, glued or not
// ("USD34.6 million", "CHF 50 million"), or a currency word ("kroner").
// French and other European styles are read too: a decimal comma before a
// scale word ("€ 1,5 milliard", "1,5 million euros", "EUR 2,5bn"), a space
// between thousands ("6 500"), a scale abbreviation before a glued symbol
// ("10 M€", "1,5 Md$"; also "Mds", "Mrd") and a symbol after the number
// ("500 000 €").
// An ISO code that is also a word ("CAD") counts unglued only before a
// scale word ("CAD 10 million"). A word shared by several currencies may
// also stand before the number ("Rs 100 million").
// A word shared by several currencies resolves to the committer's own
// currency or stays unresolved (confidence below 0.6). A lone "$" is
// reported as USD, the common reading in international news, but the
// guess goes to review (confidence at most 0.55, rule
// "currency.bare-dollar") unless the text backs it: the committer is the
// United States, the text writes an amount in explicit US dollars
// ("US$", "USD", "U.S. dollars" – words of class usd_context), or it
// opens with a US dateline ("WASHINGTON (AP) —", class us_dateline).
//
// # Confidence
//
// Confidence is the probability that a line is right, meaning the scorer
// would count it a true positive (same actor, kind and value as a gold
// line). It is a logistic regression over the line's features
// (features.go): the frame (one-hot over the known frame rules,
// "frame.other" for new ones), kind, status and status cue, whether the
// text gives a number and its size, how the actor was found (demonym,
// metonym, pronoun, group, EU/NATO, subject of a passive), token distances
// between actor, anchor and quantity, whether several actors share one
// value, whether the actor receives another line of the text, its share of
// the text's actor mentions, sentence length and its counts of actors and
// quantities, and the frame's hand-set confidence ("hand": about 0.85 for a
// verb with an explicit subject, below 0.6 for pronouns, groups and
// unbacked currencies). Every other rule id is an indicator "rule:<id>";
// ids the model does not know count as "rule:other". The weights are the
// embedded file model/confidence.json, fitted by "pledgewatch calibrate"
// on the real-news development set; Options.ConfidenceModel replaces it.
// The model changes no line, only its confidence: the hand-set value still
// picks between repeats. Lines below the store's review threshold (default
// 0.55) start in review.
//
// # User lexicon
//
// Options.UserLexicon is the content of a YAML file with the format of the
// embedded files in lexicon/ (actors.yaml, agencies.yaml, currencies.yaml,
// words.yaml).
// Lists are appended to the defaults; a phrase listed again in the same
// class takes the later value. Unknown word classes are ignored.
//
//	actors:
//	  - code: UA                 # ISO 3166-1 alpha-2, EU or NATO
//	    names: [Ukraina]         # any case
//	    cased: [UKR]             # exact case
//	    demonyms: [Ukrainian]    # before a title: "Ukrainian officials"
//	    metonyms: [Bankova Street]
//	    leaders: [Yermak]
//	groups: [Weimar Triangle]    # never one country
//	currencies:
//	  - code: UAH
//	    prefix: ["₴"]            # before the number
//	    suffix: [hrn]            # after the number
//	words:
//	  trigger: [bankroll, bankrolled]
//	  equipment_noun: [Skynex]
//	  considering: [pondering, ponders]
//
// The word classes are those of lexicon/words.yaml: trigger,
// delivery_past, trigger_noun, support_verb, support_noun, troop_noun,
// troop_unit, equipment_noun, qualifier, number_word, scale, declined,
// considering, delivered, casualty, location_prep, reporting, pronoun,
// clause_break, title, subject_follower, group_noun, group_adj, stop,
// support_cue, collective, equipment_suffix, irrealis, usd_context,
// us_dateline, container, noun_link, presence, place_adj, institution,
// money_noun, make_verb, recommend, hypothetical, support_main_verb,
// civilian_personnel, request_noun. A complete example is
// testdata/user-lexicon.example.yaml.
//
// # Caveats
//
// The rules read English. Leaders change: keep lexicon/actors.yaml, or a
// user lexicon, current. Country names, codes, capitals and currencies come
// from github.com/biter777/countries; demonyms, aliases and leaders are
// typed in lexicon/actors.yaml. A lone "$" is read as USD, with review
// unless the text backs it (see Currencies). "Between 1,500 and 2,000"
// keeps the upper value (the most committed) with the qualifier
// "between". Bullet lists, a bare
// "the Government" and "we" in quotes are resolved by position, not by
// understanding: their confidence stays below the review threshold.
package extractor
