package extractor

import (
	"sort"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// appositionCount reads a head count set between commas after troops at
// token k, or after the countries they come from: ", numbering 340,",
// ", 150 in all,", ", some 900 in total,", ", some 200 of them," (also
// before the end of the sentence), or a bare count that ends the
// sentence (", some 1,100."). It reports false for anything else.
func (a *analysis) appositionCount(k int, s span) (numPhrase, bool) {
	// "troops from Austria, 150 in all": past the countries (the actors
	// after k are not read yet: their lexicon classes are)
	if k+1 < s.end && a.lw(k) == "from" {
		j := k + 1
		for n := 0; n < 4; n++ {
			if a.lw(j) == "the" {
				j++
			}
			m, ok := a.longest(j, s.end, cCountry)
			if !ok {
				return numPhrase{}, false
			}
			j = m.end
			if j+1 >= s.end || a.lw(j) != "and" {
				break
			}
			j++
		}
		k = j
	}
	if k+2 >= s.end || a.tx(k) != "," {
		return numPhrase{}, false
	}
	j := k + 1
	lead := false
	switch a.lw(j) {
	case "numbering", "totalling", "totaling", "comprising":
		lead = true
		j++
	}
	for j < s.end && (a.lw(j) == "some" || a.lw(j) == "about" || a.lw(j) == "around" || a.lw(j) == "roughly" || a.lw(j) == "nearly" || a.lw(j) == "almost") {
		j++
	}
	p, ok := parseNumberAt(&a.doc, a.ann, j, s.end)
	if !ok || p.scaled || a.isYear(p.start) || p.value < 2 {
		return numPhrase{}, false
	}
	e := p.end
	if !lead {
		// the count must say it counts them: "150 in all", "150 in total", "150 strong"
		switch {
		case e+1 < s.end && a.lw(e) == "in" && (a.lw(e+1) == "all" || a.lw(e+1) == "total"):
			e += 2
		case e < s.end && a.lw(e) == "strong":
			e++
		case e+1 < s.end && a.lw(e) == "of" && a.lw(e+1) == "them": // "some 200 of them"
			e += 2
		case e >= s.end || a.tx(e) == ".":
			// "Italy contributes the most troops, some 1,100.": a bare
			// count that ends the sentence
		default:
			return numPhrase{}, false
		}
	}
	if e < s.end && a.tx(e) != "," && a.toks[e].kind == tPunct && a.tx(e) != "." {
		return numPhrase{}, false
	}
	if e < s.end && a.toks[e].kind != tPunct {
		return numPhrase{}, false
	}
	p.end = e
	return p, true
}

// ruleTroopsShare names a frame on a country's share of a force.
const ruleTroopsShare = "troops.share"

// shareFrame matches a country's share of a force: "Spain accounts for
// 1,100 of the mission's troops", "Portugal makes up about 900 of the
// force". The subject of the verb holds the troops; they are in place
// (delivered) unless a modal comes first.
func (a *analysis) shareFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := a.beforeApprox(q, s)
	if k-1 < s.start {
		return frame{}, false
	}
	switch {
	case a.lw(k) == "for" && (a.lw(k-1) == "account" || a.lw(k-1) == "accounts" || a.lw(k-1) == "accounted" || a.lw(k-1) == "accounting"):
	case a.lw(k) == "up" && a.has(k-1, cMakeVerb):
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: k - 1, end: k + 1}, s)
	if !ok || f.rule != ruleActive {
		return frame{}, false
	}
	f.name = ruleTroopsShare
	if !a.irrealis(f.window.start, k-1) {
		f.forced = news.StatusDelivered
	}
	return f, true
}

// ruleTroopsAmong names a frame on troops named after a fronted phrase.
const ruleTroopsAmong = "troops.among"

// troopsAmongFrame matches troops that name their country after a fronted
// phrase and a form of "be": "Among the troops are 250 Czech soldiers",
// "Also in the force are 300 Irish peacekeepers", "Serving with the
// mission will be 200 Dutch marines". The troops are in place unless a
// modal comes first.
func (a *analysis) troopsAmongFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := a.beforeApprox(q, s)
	if k < s.start+2 {
		return frame{}, false
	}
	be := k
	switch a.lw(k) {
	case "are", "were", "is", "was":
	case "be":
		if be = k - 1; !a.has(be, cIrrealis) {
			return frame{}, false
		}
	default:
		return frame{}, false
	}
	switch a.lw(s.start) {
	case "among", "amongst", "also", "in", "with", "included", "serving", "joining", "deployed", "stationed":
	default:
		return frame{}, false
	}
	// no actor before the verb: "In 2020, Spain's contingent was …" has its own subject
	for _, am := range a.actorsOf(s) {
		if am.start < be {
			return frame{}, false
		}
	}
	owners := a.troopOwners(q, s)
	if len(owners) == 0 {
		return frame{}, false
	}
	return frame{actors: owners, anchor: span{be, k + 1}, rule: rulePresence, name: ruleTroopsAmong,
		window: span{be, q.end}, conf: 0.6}, true
}

// ruleTroopsFronted names a frame on a head count in a fronted phrase.
const ruleTroopsFronted = "troops.fronted-size"

// frontedSizeFrame matches a head count in a participle phrase that opens
// the sentence and sizes the unit after the comma: "Made up of about 40
// soldiers, the first Estonian contingent arrived in Mali", "Comprising
// some 250 troops, the Czech unit will deploy in June". The unit names
// the country; its verb gives the status (as presenceFrame reads it).
func (a *analysis) frontedSizeFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.end+2 >= s.end || a.tx(q.end) != "," {
		return frame{}, false
	}
	k := a.beforeApprox(q, s)
	switch {
	case k == s.start && (a.lw(k) == "comprising" || a.lw(k) == "numbering" || a.lw(k) == "totalling" || a.lw(k) == "totaling"):
	case k == s.start+2 && a.lw(k) == "of" && (a.lw(k-1) == "up" && a.lw(k-2) == "made" || a.lw(k-1) == "consisting"):
	case k == s.start+1 && a.lw(k) == "of" && a.lw(k-1) == "composed":
	default:
		return frame{}, false
	}
	// the quantity right after q (quantities are in token order)
	if i := sort.Search(len(a.quants), func(i int) bool { return a.quants[i].start > q.end }); i < len(a.quants) {
		o := a.quants[i]
		if o.sent != q.sent || o.kind != news.KindTroops || o.start > q.end+4 {
			return frame{}, false
		}
		if len(a.troopOwners(&o, s)) == 0 {
			return frame{}, false
		}
		f, ok := a.presenceFrame(&o, s)
		if !ok {
			return frame{}, false
		}
		f.name = ruleTroopsFronted
		f.window.start = min(f.window.start, q.start)
		return f, true
	}
	return frame{}, false
}

// readinessEnd returns where "at readiness", "at high readiness" or "at
// short notice" starting at token k ends when a purpose or condition
// follows it ("to deploy", "for the mission", "if needed", "in case"),
// or -1.
func (a *analysis) readinessEnd(k int, s span) int {
	if k+1 >= s.end || a.lw(k) != "at" {
		return -1
	}
	j := k + 1
	for j < s.end && j < k+4 && (a.lw(j) == "high" || a.lw(j) == "very" || a.lw(j) == "short" || a.lw(j) == "short-notice") {
		j++
	}
	if j >= s.end || a.lw(j) != "readiness" && a.lw(j) != "notice" {
		return -1
	}
	j++
	// "in the UK if needed": a place may come before the purpose
	if j+1 < s.end && a.lw(j) == "in" {
		for n := j + 1; n < s.end && n < j+4; n++ {
			if a.lw(n) == "if" || a.lw(n) == "to" || a.lw(n) == "for" {
				j = n
				break
			}
		}
	}
	if j < s.end && (a.lw(j) == "to" || a.lw(j) == "for" || a.lw(j) == "if" || a.lw(j) == "should" || a.lw(j) == "in" && j+1 < s.end && a.lw(j+1) == "case") {
		return j
	}
	return -1
}

// readyOwnersFrame matches troops that name their country and are held
// ready with a purpose: "1,000 extra British personnel are at readiness
// in the UK if needed", "200 Dutch soldiers remain on standby for the
// mission". A readiness is no decision yet (considering).
func (a *analysis) readyOwnersFrame(q *quantity, s span) (frame, bool) {
	j := q.end
	switch a.lw(j) {
	case "are", "is", "remain", "remains", "were", "stay", "stays":
		j++
	default:
		return frame{}, false
	}
	end := -1
	switch {
	case a.lw(j) == "at":
		end = a.readinessEnd(j, s)
	case j+2 < s.end && a.lw(j) == "on" && (a.lw(j+1) == "standby" || a.lw(j+1) == "stand-by") && (a.lw(j+2) == "for" || a.lw(j+2) == "to"):
		end = j + 2
	}
	if end < 0 {
		return frame{}, false
	}
	owners := a.troopOwners(q, s)
	if len(owners) == 0 {
		return frame{}, false
	}
	return frame{actors: owners, anchor: span{q.end, j + 1}, rule: rulePresence, name: ruleTroopsStandby,
		window: span{q.start, end}, conf: 0.55, forced: news.StatusConsidering}, true
}

// ruleTroopsWith names a frame on troops a country is described with.
const ruleTroopsWith = "troops.with-place"

// withTroopsFrame matches troops in place that a description of a
// country has "with": an apposition ("France, the former colonial power
// with 4,000 troops in the region, …") or a fronted phrase ("With 900
// troops in Estonia, Britain is …"). A place or a verb of presence must
// follow the troops; they are in place (delivered).
func (a *analysis) withTroopsFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.end >= s.end {
		return frame{}, false
	}
	w := a.beforeApprox(q, s)
	if w < s.start || a.lw(w) != "with" {
		return frame{}, false
	}
	switch a.lw(q.end) {
	case "in", "at", "there", "stationed", "deployed", "based", "on":
	default:
		return frame{}, false
	}
	if a.ownFront(q.end+1, s) {
		return frame{}, false // "with 100,000 troops at the border": an army at home
	}
	var am actorMention
	found := false
	if w == s.start {
		// "With 900 troops in Estonia, Britain is …": the subject after the phrase
		for _, o := range a.actorsOf(s) {
			if o.start > q.end && o.subject {
				if o.start > 0 && a.tx(o.start-1) == "," {
					am, found = o, true
				}
				break
			}
		}
	} else {
		// "France, the former colonial power with 4,000 troops": the
		// country before the apposition
		for k := w - 1; k > s.start && k >= w-8; k-- {
			if a.toks[k].kind != tPunct {
				continue
			}
			if a.tx(k) == "," && a.lw(k+1) == "the" {
				if n := a.actorEndingAt(k-1, s); n >= 0 && a.actors[n].end == k {
					am, found = a.actors[n], true
				}
			}
			break
		}
	}
	if !found || len(am.code) != 2 || am.cls == cDemonym || am.cls == cGroup {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{w, w + 1}, rule: rulePresence, name: ruleTroopsWith,
		window: span{w, q.end}, conf: 0.55, forced: news.StatusDelivered}, true
}
