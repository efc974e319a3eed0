package extractor

// A new troop level: "will bring the total number of Danish personnel
// in the region to 1,300", "will boost Norway's presence in the north to
// 2,000 troops", "agreed to lift the troop cap from 400 to 650
// soldiers". The
// conventions score a personnel total: the level a change brings a
// country's contribution to is a line of that country, besides the
// change itself.

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleTroopLevel marks troops read as the level a change brings a
// country's contribution to.
const ruleTroopLevel = "frame.troops-level"

// troopLevelFrame returns the frame of troops q that no other frame took
// when q follows "to" (or "up to") after a verb of change ("bring",
// "boost", "increase", "raise", "rise", "add", "take") in its clause, and
// a noun of a troop level ("total", "number", "contribution", "presence",
// "contingent", "deployment", "ceiling", or a troop noun) comes between the
// clause start and "to". The committer is a country named in that part
// of the clause ("Norway's presence") but not as a place ("in Kosovo"),
// or a people there ("the Dutch contribution"), else the committer of
// the troops just before
// (in the same or the three sentences before), else the donor of the
// text. Not a casualty count nor a country's own army ("will increase its
// army to 200,000 soldiers").
func (a *analysis) troopLevelFrame(q *quantity, donor string) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.prepped || q.sent < 0 || q.sent >= len(a.sents) {
		return frame{}, false
	}
	s := a.sents[q.sent]
	// "to 1,300", "to around 600", "up to 420" (a qualifier of its own)
	to := q.start - 1
	for j := q.start; j < q.end && j < q.start+3; j++ {
		if a.lw(j) == "to" {
			to = j // the qualifier is part of the phrase
		}
	}
	for to > s.start && a.lw(to) != "to" && (a.has(to, cQualifier) || a.lw(to) == "up") {
		to--
	}
	if to <= s.start || a.lw(to) != "to" {
		return frame{}, false
	}
	verb, level := -1, false
	lo := s.start
	for k := to - 1; k >= s.start && to-k <= 16; k-- {
		if a.tx(k) == ";" || a.has(k, cClauseBreak) && verb >= 0 {
			lo = k + 1
			break
		}
		switch w := a.lw(k); {
		case changeVerb(w):
			if verb < 0 {
				verb = k
			}
		case levelNoun(w) || a.has(k, cTroopNoun, cTroopUnit):
			level = true
		case w == "army" || w == "armies" || w == "reserves" || w == "recruits" || w == "conscripts" || w == "police":
			return frame{}, false // a country's own forces
		}
	}
	if verb < 0 || !level {
		return frame{}, false
	}
	for k := lo; k < s.end; k++ {
		if a.has(k, cCasualty) {
			return frame{}, false // "raising the death toll to 300 soldiers"
		}
	}
	f := frame{anchor: span{verb, verb + 1}, rule: ruleTroopLevel, window: span{max(s.start, verb-4), q.end}, conf: 0.45}
	for _, am := range a.actorsOf(s) {
		if am.start < lo || am.end > q.start || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" {
			continue
		}
		if a.locatedAt(am.start, s) || am.start > 0 && a.lw(am.start-1) == "to" {
			continue // "in Iraq", "to Lebanon": the place
		}
		f.actors = []actorMention{am}
		f.conf = 0.5
		return f, true
	}
	// "the Dutch contribution", "Danish personnel": a people before "to"
	for k := lo; k < to; k++ {
		if m, ok := a.longest(k, to, cDemonym); ok && len(m.value) == 2 && !a.placeBefore(k, s) {
			f.actors = []actorMention{{span: span{m.start, m.end}, code: m.value, cls: cDemonym, sent: q.sent}}
			f.conf = 0.5
			return f, true
		}
	}
	if am, ok := a.troopsBefore(q.sent, q.start); ok {
		f.actors = []actorMention{am}
		return f, true
	}
	if donor != "" && len(donor) == 2 {
		f.actors = []actorMention{{code: donor, cls: cCountry, subject: true, sent: q.sent, far: true}}
		return f, true
	}
	return frame{}, false
}

// changeVerb reports whether w is a verb of a change of level: "bring",
// "boost", "increase", "raise", "rise", "grow", "add", "take", "lift".
func changeVerb(w string) bool {
	switch w {
	case "bring", "brings", "bringing", "brought", "boost", "boosts", "boosting", "boosted",
		"increase", "increases", "increasing", "increased", "raise", "raises", "raising", "raised",
		"rise", "rises", "rising", "rose", "risen", "grow", "grows", "growing", "grew", "grown",
		"add", "adds", "adding", "added", "take", "takes", "taking", "lift", "lifts", "lifting", "lifted",
		"expand", "expands", "expanding", "expanded", "double", "doubles", "doubling", "doubled":
		return true
	}
	return false
}

// levelNoun reports whether w names a level of troops: "total",
// "number", "contribution", "presence", "contingent", "deployment",
// "ceiling", "cap", "strength", "size".
func levelNoun(w string) bool {
	switch w {
	case "total", "number", "contribution", "presence", "contingent", "deployment", "ceiling", "cap", "strength", "size":
		return true
	}
	return false
}

// troopsBefore returns the committer of the nearest troops with a number
// before token limit of sentence si (or in the three sentences before),
// by its own frame, when that frame names one country in its sentence.
//
// The frames read are not allowed to look back themselves (as
// moneyBefore), so the cost stays linear in the troops of those sentences.
func (a *analysis) troopsBefore(si, limit int) (actorMention, bool) {
	if a.inDonor {
		return actorMention{}, false
	}
	a.inDonor = true
	defer func() { a.inDonor = false }()
	qs := a.quantsOfSents(max(0, si-3), si)
	for n := len(qs) - 1; n >= 0; n-- {
		o := qs[n]
		if o.sent > si || o.sent == si && o.start >= limit || o.sent < si-3 {
			continue
		}
		if o.kind != news.KindTroops || o.num == nil {
			continue
		}
		if f, ok := a.frameFor(&o); ok && len(f.actors) == 1 && (namedFrame(f.rule) || f.rule == rulePronoun || f.rule == rulePresence) && f.actors[0].sent == o.sent && len(f.actors[0].code) == 2 {
			am := f.actors[0]
			am.far = true
			return am, true
		}
	}
	return actorMention{}, false
}

// placeBefore reports whether "in", "to", "at" or "into" (and "the")
// comes right before token k: "in the Dutch capital" is a place, "the
// size of the Dutch contribution" is not.
func (a *analysis) placeBefore(k int, s span) bool {
	p := k - 1
	if p >= s.start && a.lw(p) == "the" {
		p--
	}
	if p < s.start {
		return false
	}
	switch a.lw(p) {
	case "in", "to", "at", "into":
		return true
	}
	return false
}

// bareTroopLevel reports whether the bare number at token i is the level
// a change brings troops to: "to" (and a qualifier) before it, and before
// that, in its clause, a verb of change followed by a troop noun ("takes
// the number of defence forces members serving in Kosovo to 350", "would
// raise its troops in the region to about 1,500"). Not in a sentence of
// casualties.
func (a *analysis) bareTroopLevel(i int, s span) bool {
	to := i - 1
	for to > s.start && a.lw(to) != "to" && a.has(to, cQualifier) {
		to--
	}
	if to <= s.start || a.lw(to) != "to" {
		return false
	}
	troop := false
	for k := to - 1; k >= s.start && to-k <= 16; k-- {
		if a.tx(k) == ";" || a.tx(k) == "," || a.has(k, cClauseBreak) {
			return false
		}
		if a.has(k, cTroopNoun, cTroopUnit) {
			troop = true
		}
		if changeVerb(a.lw(k)) {
			if !troop {
				return false
			}
			for j := s.start; j < s.end; j++ {
				if a.has(j, cCasualty) {
					return false
				}
			}
			return true
		}
	}
	return false
}
