package extractor

import "sort"

// Word classes are Go-side classes of single lower-cased words that some
// frames test token by token with a string switch (permissionVerb,
// helpCountryWith, …). The words are added to the trie's vocabulary, so
// each token's class bits come with its vocabulary id at no extra lookup,
// and analyze ORs them per sentence (analysis.sentWords): a frame skips
// every sentence that holds none of its words. The lists must hold every
// word the switches accept (TestWordClassesMatchSwitches).

// wordClass is a bit index of a word class.
type wordClass uint8

const (
	// wPermission: the verbs of permissionVerb ("allow", "block", …).
	wPermission wordClass = iota
	// wHelpVerb: the verbs of helpCountryWith ("help", "assist", "support").
	wHelpVerb
	// wTraining: "training" (mainSupportFrames' progressive).
	wTraining
	// wPartnership: "partnership" (joinFrames' "in partnership with").
	wPartnership
	// wParticipants: "participants" (participantsInclude).
	wParticipants
	// wTrained: "trained" (trainedBy).
	wTrained
	// wCaptivity: the words of captivity of captivityContext ("prisoners").
	wCaptivity
	// wDisaster: the words of homeDisaster ("floods", "affected").
	wDisaster
	// wDenial: the verbs of denial of deniedReport ("denied").
	wDenial
	// wNegation: the negations of negatedSentence ("not", "never").
	wNegation
	// wCommander: "commander" (commandFrames).
	wCommander
	// wInvolved: "involved" (involvedFrames).
	wInvolved
	// wRunBy: the participles of runByVerb ("undertaken", "conducted", …).
	wRunBy
	// wEstimate: the verbs of attribution of estimated ("estimated",
	// "believes").
	wEstimate
	// wRollOver: the words of rolledOver ("rollover", "rolled").
	wRollOver
	// wRetract: the verbs of going back on a pledge of retracted
	// ("backtracked", "walked").
	wRetract
	// wLeave: the words of troops leaving of troopsLeave ("withdrawn",
	// "home").
	wLeave
	// wAccusation: the words of a third party's claim of thirdPartyClaim
	// ("accused", "allegedly").
	wAccusation
	// wReplace: the verbs of replaceVerb ("replace", "relieved").
	wReplace
	// wHost: the verbs of hostVerb ("host", "hosting").
	wHost
	// wLaunch: the verbs of launchVerb ("launched", "extended").
	wLaunch
	// wWelcome: the words of favouring what others do of
	// othersPlanWelcomed ("welcomed", "favour").
	wWelcome
	// wAccording: "according" (foreignMedia's "according to").
	wAccording
	// wDenyClaim: the verbs of denial of deniedClaim ("denied",
	// "rejects").
	wDenyClaim
	// wSettle: the words of a legal case of settlement ("lawsuit",
	// "settled").
	wSettle
	// wHelpAgent: the nouns of helpAgent ("experts", "engineers"; helpAgentFrames).
	wHelpAgent
	// wGuardVerb: the verbs of guardVerb ("protect", "patrol"; guardOfFrames).
	wGuardVerb
	// wHelpHead: the nouns of helpHead ("help", "assistance"; withHelpFrames).
	wHelpHead
	// wParticipate: the words of participateWord ("participate", "part",
	// "command"; elidedJoinFrames).
	wParticipate
	// wLeadership: "leadership", "under", "creation" … (leadFrames'
	// "under US leadership", "under Italian Rear Admiral …", "announced
	// the creation of a task force").
	wLeadership
)

// wordClassWords lists the words of each word class. Read only.
var wordClassWords = map[wordClass][]string{
	wPermission: {"allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting",
		"authorise", "authorises", "authorised", "authorising", "authorize", "authorizes", "authorized", "authorizing",
		"block", "blocks", "blocked", "blocking", "prevent", "prevents", "prevented", "preventing",
		"bar", "bars", "barred", "barring", "stop", "stops", "stopped", "stopping",
		"veto", "vetoes", "vetoed", "vetoing", "ban", "bans", "banned", "banning"},
	wHelpVerb: {"assist", "assists", "assisted", "assisting", "support", "supports", "supported", "supporting",
		"help", "helps", "helped", "helping"},
	wTraining:     {"training"},
	wPartnership:  {"partnership"},
	wParticipants: {"participants"},
	wTrained:      {"trained"},
	wCaptivity:    {"prisoner", "prisoners", "pows", "pow", "captives", "captivity", "swap", "swapped", "swaps", "hostages"},
	wDisaster: {"affected", "wildfire", "wildfires", "blaze", "blazes", "flood", "floods", "flooded", "flooding",
		"hurricane", "landslide", "landslides", "snowstorm", "fires"},
	wDenial:    {"denied", "denies", "deny", "denying", "dismissed", "dismisses", "dismissing", "refuted", "refutes"},
	wNegation:  {"not", "n't", "nor", "never", "neither", "no"},
	wCommander: {"commander"},
	wInvolved:  {"involved"},
	wRunBy: {"undertaken", "conducted", "run", "operated", "coordinated", "organised", "organized", "carried", "spearheaded", "led", "headed", "commanded",
		"flown", "ensured", "performed", "manned", "staffed", "patrolled", "escorted"},
	wEstimate: {"estimated", "estimates", "estimate", "reckons", "reckoned", "believes", "believe", "believed", "guessed", "guesses"},
	wRollOver: {"rollover", "roll-over", "rolled-over", "roll", "rolls", "rolled", "rolling"},
	wRetract: {"walked", "walks", "backtracked", "backtracks", "backtracking", "backpedalled", "backpedaled",
		"reversed", "retracted", "retracts"},
	wAccusation: {"accused", "accuses", "accusing", "accusation", "accusations", "alleged", "alleges", "allegedly",
		"suspected", "suspects", "suspicion", "suspicions", "allegation", "allegations", "claimed", "claims"},
	wLeave:   {"home", "withdraw", "withdrawing", "withdrawn", "withdrew", "leave", "leaving", "left"},
	wReplace: {"replace", "replaces", "replaced", "replacing", "relieve", "relieves", "relieved", "relieving"},
	wHost:    {"host", "hosts", "hosted", "hosting"},
	wLaunch: {"launch", "launches", "launched", "launching", "extend", "extends", "extended", "extending",
		"prolong", "prolongs", "prolonged", "renew", "renews", "renewed", "establish", "establishes", "established"},
	wWelcome:   {"favor", "favour", "welcomed", "welcomes", "welcoming", "praised", "praises", "applauded", "hailed"},
	wAccording: {"according"},
	wDenyClaim: {"denied", "denies", "deny", "denying", "rejects", "rejected", "reject", "rejecting", "dismisses", "dismissed"},
	wSettle:    {"lawsuit", "lawsuits", "settle", "settles", "settled", "settlement"},
	wHelpAgent: {"experts", "specialists", "engineers", "doctors", "medics", "nurses", "surgeons", "technicians",
		"instructors", "trainers", "advisers", "advisors", "mentors", "rescuers", "deminers", "sappers",
		"ships", "warships", "vessels", "frigates", "destroyers", "navy",
		"troops", "soldiers", "forces", "servicemen", "personnel", "hospitals", "clinics"},
	wHelpHead: {"help", "assistance", "support"},
	wParticipate: {"participate", "participates", "participated", "participating",
		"part", "join", "joins", "joined", "joining", "command"},
	wLeadership: {"leadership", "under", "creation", "formation", "establishment"},
	wGuardVerb: {"guarantee", "guarantees", "guaranteed", "guaranteeing", "protect", "protects", "protected", "protecting",
		"defend", "defends", "defended", "defending", "patrol", "patrols", "patrolled", "patrolling",
		"police", "policing", "secure", "secures", "secured", "securing", "safeguard", "safeguards", "safeguarded", "safeguarding",
		"monitor", "monitors", "monitored", "monitoring"},
}

// sentHas reports whether sentence si holds a word of class w (true when
// the per-sentence masks are not computed: the caller then reads every
// token, as without them).
func (a *analysis) sentHas(si int, w wordClass) bool {
	if si < 0 || si >= len(a.sentWords) {
		return true
	}
	return a.sentWords[si]&(1<<w) != 0
}

// sentsHave reports whether a sentence that holds a token of the range
// [from, to) holds a word of class w (true when the sentences of the
// range are not known).
func (a *analysis) sentsHave(from, to int, w wordClass) bool {
	if from >= to {
		return false
	}
	lo, hi := a.sentOfToken(from), a.sentOfToken(to-1)
	if lo < 0 || hi < lo {
		return true
	}
	for si := lo; si <= hi; si++ {
		if a.sentHas(si, w) {
			return true
		}
	}
	return false
}

// tokHas reports whether token k is a word of class w.
func (a *analysis) tokHas(k int, w wordClass) bool {
	if k < 0 || k >= len(a.ids) || a.ids[k] < 0 || int(a.ids[k]) >= len(a.vocabWords) {
		return false
	}
	return a.vocabWords[a.ids[k]]&(1<<w) != 0
}

// fillSentWords sets a.sentWords from the word classes of the tokens'
// vocabulary ids (doc.ids, set by matchAllInto), a.sentFunc from their
// function words (wordid.go), a.stats.sentCls from their lexicon classes
// (a.cls, final once markModelCodes has run), and a.tokSent.
func (a *analysis) fillSentWords(t *trie) {
	a.vocabWords = t.words
	a.welcomeOK = false
	a.sentWords = grow(a.sentWords, len(a.sents))
	a.sentStartByte = grow(a.sentStartByte, len(a.sents))
	for si, s := range a.sents {
		a.sentStartByte[si] = a.toks[s.start].start
	}
	ordered := true
	for i := 1; i < len(a.sents); i++ {
		ordered = ordered && a.sents[i].end >= a.sents[i-1].end
	}
	a.tokSent = a.tokSent[:0]
	if ordered {
		a.tokSent = grow(a.tokSent, len(a.toks))
	}
	k := 0 // tokens before k have their tokSent
	ids, words, tokSent := a.ids, t.words, a.tokSent
	a.sentFunc = grow(a.sentFunc, len(a.sents))
	a.stats.sentCls = grow(a.stats.sentCls, len(a.sents))
	cls := a.cls
	for si, s := range a.sents {
		var m uint32
		var fm wordMask
		var cm uint64
		lo, hi := max(s.start, 0), min(s.end, len(ids), len(cls))
		for _, c := range cls[lo:max(lo, hi)] {
			cm |= c
		}
		for j := lo; j < hi; j++ {
			if id := ids[j]; id >= 0 {
				m |= words[id]
				if id < int32(nFuncWords) {
					fm |= 1 << id
				}
			}
		}
		a.sentWords[si], a.sentFunc[si], a.stats.sentCls[si] = m, fm, cm
		// the tokens from the end of the sentence before up to the end of
		// this one: the first sentence that ends after them is this one
		if ordered {
			for ; k < s.end && k < len(tokSent); k++ {
				tokSent[k] = int32(si)
			}
		}
	}
	for ; ordered && k < len(a.tokSent); k++ {
		a.tokSent[k] = int32(len(a.sents))
	}
}

// sentAfter returns the index of the first sentence that ends after
// token k (len(a.sents) for none): the sentence of k when one holds it.
func (a *analysis) sentAfter(k int) int {
	if k >= 0 && k < len(a.tokSent) {
		return int(a.tokSent[k])
	}
	return sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > k })
}
