package extractor

import (
	"slices"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleHostFor names the support of a country that hosts or receives
// another's people for a kind of help: "Turkey will host Somali troops
// for training", "Estonia is ready to receive wounded soldiers for
// treatment".
const ruleHostFor = "support.host-for"

// hostForFrames finds a verb of hosting or receiving ("host", "receive",
// "welcome"), people after it (soldiers, troops, pilots, personnel, the
// wounded) and "for" with a kind of support of the sentence ("for
// training", "for medical treatment") or "to train": one support line for the verb's
// subject (a named country or a pronoun for one). Not goods or money
// received ("received $5 million for reconstruction": no people), nor
// refugees hosted, nor a subject that already has a support line of the
// sentence (committed).
func (a *analysis) hostForFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessQuestion(a.unlessSupported(a.unlessWishedOrDoubted(emit), committed))
	for si, s := range a.sents {
		if !a.sentHas(si, wHost) && a.stats.sentCls[si]&(1<<cTroopNoun) == 0 {
			continue // no "host" and no troops to receive: no token loop
		}
		for _, q := range a.hostPurposes(si) {
			p := q.start - 1
			if p > s.start && (a.lw(p) == "the" || a.lw(p) == "medical" || a.lw(p) == "further") {
				p--
			}
			if p <= s.start || a.lw(p) != "for" && a.lw(p) != "to" {
				continue
			}
			v, people := -1, false
			for j := p - 1; j >= s.start && j >= p-8; j-- {
				if hostPeople(a.lw(j)) || a.has(j, cTroopNoun) {
					people = true
				}
				if hostReceiveVerb(a.lw(j)) {
					v = j
					break
				}
				if a.toks[j].kind == tPunct || a.has(j, cClauseBreak) {
					break
				}
			}
			if v < 0 || !people {
				continue
			}
			f, ok := a.leaderSubject(match{start: v, end: v + 1}, s)
			if !ok {
				continue
			}
			f.rule, f.conf = ruleHostFor, 0.55
			f.window = span{f.window.start, q.end}
			emit(f, q, q.item)
		}
	}
}

// hostReceiveVerb reports whether w is a form of hosting or receiving
// people.
func hostReceiveVerb(w string) bool {
	switch w {
	case "host", "hosts", "hosted", "hosting", "receive", "receives", "received", "receiving", "welcome", "welcomes", "welcomed", "welcoming":
		return true
	}
	return false
}

// hostPeople reports whether w names people sent to be helped: soldiers,
// pilots, the wounded (troop nouns are read from the lexicon).
func hostPeople(w string) bool {
	switch w {
	case "pilots", "cadets", "recruits", "officers", "servicemen", "wounded", "patients", "crews", "marines", "sailors", "police", "policemen":
		return true
	}
	return false
}

// hostPurposes returns the kinds of support of sentence si and the
// infinitive "train" after "to" ("to train in the country"), read as
// training: the purposes a host may take people in for.
func (a *analysis) hostPurposes(si int) []quantity {
	s := a.sents[si]
	var out []quantity
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindSupport {
			out = append(out, q)
		}
	}
	for k := s.start + 1; k < s.end; k++ {
		if a.lw(k) == "train" && a.lw(k-1) == "to" && !slices.ContainsFunc(out, func(q quantity) bool { return q.start == k }) {
			out = append(out, quantity{span: span{k, k + 1}, kind: news.KindSupport, sent: si, item: "training"})
		}
	}
	return out
}
