package extractor

// Troops followed by the countries they come from ("troops from Senegal
// and Bangladesh will withdraw"), the countries a phrase before names
// ("the three countries") and the troops coordinated before them.

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// troopsFromFrame matches troops followed by the countries they come from, with
// a verb after the list: "Troops from Senegal, Burkina Faso and Bangladesh
// will withdraw" (declined), "These personnel will come from Austria and
// Slovakia", "the Fijians will join 341 troops from the Philippines"
// (in place: delivered). Each country gets a commitment. Troops that
// make up a force ("made up of troops from …") describe it: no
// commitment; so do troops after a verb of withdrawal, whose "from" is
// where they leave ("withdrew 500 troops from Syria").
func (a *analysis) troopsFromFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	// "the departure of European forces from …" describes a place; "made
	// up of troops from …" names the countries that hold the force
	var composed span
	for j := q.start - 1; j >= s.start && q.start-j <= 2; j-- {
		if a.lw(j) == "of" {
			// (not a force that another commitment before serves: "pledged
			// money for the force, made up of troops from …")
			c := a.composedOf(j, s)
			if c < 0 || a.givingBefore(s.start, c) {
				return frame{}, false
			}
			composed = span{c, j + 1}
			break
		}
	}
	k := q.end
	// "the largest contingent, 1,100 soldiers, comes from Spain": a count
	// between commas after a unit it sizes
	if b := a.beforeApprox(q, s); k < s.end && a.tx(k) == "," && b > s.start && a.tx(b) == "," && a.has(b-1, cTroopUnit) {
		k++
	}
	lim := k + 3
	come := false
	for k < s.end && k < lim && (a.has(k, cSubjectFollower) || comeWord(a.lw(k))) {
		come = come || comeWord(a.lw(k))
		k++
	}
	if come && !a.ownerlessTroops(q, s) {
		return frame{}, false // "US troops arriving from Germany": the base they leave
	}
	if k+1 >= s.end || a.lw(k) != "from" || k > q.end && (!come || composed.end > 0) {
		return frame{}, false
	}
	// "Troops will come from Ghana (800), Senegal (600)": the numbers in
	// brackets are the lines (bracketFrame)
	if a.bracketCountAfter(q, k+1, s) {
		return frame{}, false
	}
	k++
	if a.lw(k) == "the" && a.actorEndingAt(k, s) < 0 {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	var actors []actorMention
	var anaphor span
	n := a.actorEndingAt(k, s)
	if list, end, ok := a.countriesBefore(k, s); ok {
		// "troops from the three countries": the list named before
		actors, anaphor = list, span{k - 1, end}
		n = len(a.actors) // no list here
	} else if n < 0 || a.actors[n].start != k {
		return frame{}, false
	}
	for ; n < len(a.actors) && a.actors[n].end <= s.end; n++ {
		am := a.actors[n]
		if len(actors) > 0 && !a.joined(actors[len(actors)-1].end, am.start) {
			break
		}
		if am.cls == cDemonym || am.cls == cGroup || len(am.code) != 2 && am.code != "EU" && am.code != "NATO" {
			return frame{}, false
		}
		actors = append(actors, am)
	}
	end := actors[len(actors)-1].end
	if anaphor.end > 0 {
		end = anaphor.end
	}
	if come && a.harmedAfter(end, s) {
		return frame{}, false // "the soldiers arriving from Chad were attacked": victims
	}
	f := frame{actors: actors, rule: ruleTroopsFrom, conf: 0.65, anaphor: anaphor}
	if anaphor.end > 0 {
		f.conf = 0.55
	}
	// the verb: "come from", one after the list ("… - the largest
	// contributors - will withdraw"), or a verb of presence right before
	// the troops ("will join 341 troops from …")
	presence := false
	switch {
	case composed.end > 0:
		// "The force, made up of troops from A, B and C, patrols …": the
		// troops are in place; "will be made up of" is to come
		f.anchor, f.name = composed, ruleTroopsMadeUpOf
		if !a.irrealis(s.start, composed.start) {
			f.forced = news.StatusDelivered
		}
	case come:
		f.anchor = span{q.end, k}
		// "the largest contingent comes from Spain": a simple tense
		// describes a force in place; "will come from" is to come
		if !a.irrealis(q.end, k) {
			f.forced = news.StatusDelivered
		}
	default:
		// "341 troops from A and 193 from B": the verb of the first
		from := a.elidedFrom(q, s)
		for j := from - 1; j >= s.start && from-j <= 3; j-- {
			if m, ok := a.longest(j, from, cPresence); ok {
				f.anchor, presence = span{m.start, m.end}, true
				break
			}
			if a.has(j, cTrigger, cDeliveryPast, cDeclined) {
				return frame{}, false // "withdrew 500 troops from Syria": the place they leave
			}
		}
		if f.anchor.end > 0 {
			break
		}
		for j := end; j < s.end && j < end+25; j++ {
			if a.has(j, cClauseBreak) {
				break
			}
			// an aside between dashes: "troops from A and B - the largest
			// contributors to the mission - will withdraw"
			if tx := a.tx(j); (tx == "-" || tx == "–" || tx == "—") && !a.toks[j].glued {
				for j++; j < s.end && a.tx(j) != tx; j++ {
				}
				continue
			}
			if m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast, cDeclined, cPresence); ok && !a.participleBy(m, s) {
				f.anchor, presence = span{m.start, m.end}, m.class == cPresence
				break
			}
		}
		if f.anchor.end == 0 {
			return frame{}, false
		}
	}
	f.window = span{q.start, max(q.end, f.anchor.end)}
	// "troops from the three countries were sent in 2023"
	if p := f.anchor.start - 1; f.anchor.start > q.end && a.has(f.anchor.start, cDeliveryPast) && (a.lw(p) == "were" || a.lw(p) == "was" || a.lw(p) == "been") {
		f.forced = news.StatusDelivered
	}
	// "will join 341 troops from …" finds them in place; "a contingent
	// from Rwanda will join the mission" is to come
	from := f.anchor.start
	if from >= q.end {
		from = q.end
	}
	if presence && !a.irrealis(from, f.anchor.end) {
		if st, _ := a.status(&f); st == news.StatusPledged {
			f.forced = news.StatusDelivered
		}
	}
	return f, true
}

// participleBy reports whether the verb m is a past participle with its
// agent after it ("led by France"): it modifies a noun, it is no main verb.
func (a *analysis) participleBy(m match, s span) bool {
	if m.end >= s.end || a.lw(m.end) != "by" {
		return false
	}
	w := a.lw(m.end - 1)
	return m.class == cDeliveryPast || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "led" || w == "sent"
}

// elidedFrom returns where the troops coordinated before q start when q
// continues "N troops from A and M from B" (after "and" or a comma),
// else q.start.
func (a *analysis) elidedFrom(q *quantity, s span) int {
	p := q.start - 1
	if p <= s.start || a.lw(p) != "and" && a.tx(p) != "," {
		return q.start
	}
	n := a.actorEndingAt(p-1, s)
	if n < 0 {
		return q.start
	}
	k := a.actors[n].start - 1
	if k > s.start && a.lw(k) == "the" {
		k--
	}
	if k <= s.start || a.lw(k) != "from" {
		return q.start
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == news.KindTroops && o.end == k {
			return o.start
		}
	}
	return q.start
}

// countriesBefore resolves "the three countries" ("the two nations",
// "both countries") at token k to the last coordinated list of as many
// countries named in the sentences before. It returns the list and the
// token after the phrase.
func (a *analysis) countriesBefore(k int, s span) ([]actorMention, int, bool) {
	want := 0
	j := k
	if j >= s.end {
		return nil, 0, false
	}
	if a.lw(j) == "both" {
		want, j = 2, j+1
	} else if m, ok := a.longest(j, s.end, cNumWord); ok && m.end == j+1 {
		want, j = int(m.num), j+1
	}
	if want < 2 || j >= s.end {
		return nil, 0, false
	}
	switch a.lw(j) {
	case "countries", "nations", "states":
	default:
		return nil, 0, false
	}
	si := a.sentOf(s)
	for sj := si - 1; sj >= 0 && sj >= si-farBack; sj-- {
		acts := a.actorsOf(a.sents[sj])
		for n := len(acts) - 1; n >= 0; n-- {
			list := []actorMention{acts[n]}
			for m := n - 1; m >= 0 && a.joined(acts[m].end, list[0].start); m-- {
				list = append([]actorMention{acts[m]}, list...)
			}
			if len(list) == want && !slices.ContainsFunc(list, func(am actorMention) bool { return len(am.code) != 2 || am.cls == cDemonym }) {
				return list, j + 1, true
			}
		}
	}
	return nil, 0, false
}

// comeWord reports whether w is a verb of coming that names where troops
// come from: "come", "comes", "came", and of arrival "arrive",
// "arriving", "arrived" ("additional personnel arriving from A, B and
// C": the countries that send them).
func comeWord(w string) bool {
	switch w {
	case "come", "comes", "came", "coming", "arrive", "arrives", "arriving", "arrived":
		return true
	}
	return false
}

// ownerlessTroops reports whether troops q name no owner of their own
// right before them (no country, demonym or possessive within two
// tokens): "additional personnel arriving from A" names its countries
// by "from"; "US troops arriving from Germany" are the US's and come from
// a base.
func (a *analysis) ownerlessTroops(q *quantity, s span) bool {
	for k := max(s.start, q.start-2); k < q.end; k++ {
		if a.actorAt[k] >= 0 || a.has(k, cPronoun) {
			return false
		}
	}
	return true
}

// troopsComeFrom reports whether troops q are followed by a verb of
// coming and "from" ("with additional personnel arriving from A and B"):
// troopsFromFrame reads them even after a preposition.
func (a *analysis) troopsComeFrom(q *quantity) bool {
	if q.kind != news.KindTroops || q.sent < 0 || q.sent >= len(a.sents) {
		return false
	}
	s := a.sents[q.sent]
	k := q.end
	for k < s.end && k < q.end+2 && a.has(k, cSubjectFollower) {
		k++
	}
	return comeWord(a.lw(k)) && a.lw(k+1) == "from"
}

// harmedAfter reports whether the clause from token k on (six tokens, up
// to a comma or a clause break) says its subject was harmed: a casualty
// word or a verb of attack ("were attacked", "were killed").
func (a *analysis) harmedAfter(k int, s span) bool {
	for j := k; j < s.end && j < k+6; j++ {
		if a.tx(j) == "," || a.has(j, cClauseBreak) {
			return false
		}
		if a.has(j, cCasualty) {
			return true
		}
		switch a.lw(j) {
		case "attacked", "ambushed", "targeted", "shot", "hit", "abducted", "kidnapped":
			return true
		}
	}
	return false
}
