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
// a token trie. It splits sentences (at line breaks, and at sentence-final
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
//     2,500 troops"), a passive agent ("missiles supplied by Norway"), a
//     verb with its subject ("Germany will send …", coordinated subjects
//     give one commitment each, "X said it would …" resolves the pronoun),
//     an elided verb in donor lists ("…, Switzerland CHF 50 million"), an
//     owner and a commitment noun ("Germany's €1bn pledge"), or a cue noun
//     ("Washington's willingness to support …");
//   - status from cues between the actor and the end of the quantity:
//     declined ("ruled out", "will not") over considering ("could",
//     "ready to") over delivered ("so far", "has provided", "sent") over
//     pledged.
//
// A number near an actor is not a commitment unless a frame links them, so
// casualties, populations, polls and prices yield nothing. A place after a
// preposition ("a summit in Paris") is not an actor. Groups are reported as
// "group:<text>" and never as a country.
//
// # Confidence
//
// Confidence says how much of the frame was found: about 0.85 for a verb
// with an explicit subject, 0.8 for a list line or a passive agent, lower
// for a vague quantity (troops without a number, support), and below 0.6
// (the default review threshold of the store) for a pronoun resolved
// across sentences, a subject far from its verb, a currency word the text
// does not pin down ("kroner" from a non-Nordic actor), and groups.
//
// # User lexicon
//
// Options.UserLexicon is the content of a YAML file with the format of the
// embedded files in lexicon/ (actors.yaml, currencies.yaml, words.yaml).
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
// support_cue, collective, equipment_suffix, irrealis. A complete example is
// testdata/user-lexicon.example.yaml.
//
// # Caveats
//
// The rules read English. Leaders change: keep lexicon/actors.yaml, or a
// user lexicon, current. Country names, codes, capitals and currencies come
// from github.com/biter777/countries; demonyms, aliases and leaders are
// typed in lexicon/actors.yaml. A bare "$" is read as USD.
package extractor
