package extractor

import (
	"slices"
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Rule ids of the troop frames whose committer is not a subject.
const (
	ruleTroopOwner = "frame.troop-owner"
	ruleTroopsFrom = "frame.troops-from"
)

// troopOwners returns the countries that troops q name inside their noun
// phrase, coordinated ("Japanese and Croatian soldiers"), else the owner
// troopOwner finds.
func (a *analysis) troopOwners(q quantity, s span) []actorMention {
	var out []actorMention
	demonym := func(k, lim int) {
		for _, m := range a.ann[k] {
			if m.class == cDemonym && m.end <= lim && len(m.value) == 2 {
				out = append(out, actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent})
				return
			}
		}
	}
	for k := q.start; k < q.end; k++ {
		demonym(k, q.end)
	}
	// demonyms coordinated before the phrase: "Japanese and Croatian soldiers"
	if len(out) == 1 && out[0].start == q.start {
		for k := q.start - 1; k-1 >= s.start && (a.lw(k) == "and" || a.tx(k) == ","); k -= 2 {
			n := len(out)
			demonym(k-1, k)
			if len(out) == n {
				break
			}
		}
	}
	if len(out) > 1 {
		return out
	}
	if am, ok := a.troopOwner(q, s); ok {
		return []actorMention{am}
	}
	return nil
}

// troopOwner returns the country that troops q name inside their noun
// phrase: a demonym, a country or an armed force ("500 Turkish soldiers",
// "700 Bundeswehr soldiers", "10,000 U.S. troops"), else "Guatemala's 150
// soldiers" before them.
func (a *analysis) troopOwner(q quantity, s span) (actorMention, bool) {
	for k := q.start; k < q.end; k++ {
		for _, m := range a.ann[k] {
			if (m.class == cDemonym || m.class == cCountry || m.class == cMetonym) && m.end <= q.end && len(m.value) == 2 {
				return actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, sent: q.sent}, true
			}
		}
	}
	if p := q.start - 2; p-1 >= s.start && isApostropheText(a.tx(p)) && a.lw(p+1) == "s" {
		if n := a.actorEndingAt(p-1, s); n >= 0 && len(a.actors[n].code) == 2 {
			am := a.actors[n]
			return actorMention{span: am.span, code: am.code, cls: am.cls, sent: q.sent}, true
		}
	}
	return actorMention{}, false
}

// ownerFrame matches troops that name their country, right after a verb
// or a noun of sending whose subject is no country: "the force grew by
// deploying about 500 Turkish soldiers", "after the deployment of 1,000
// Ugandan soldiers", "the withdrawal of 460 Egyptian soldiers"
// (declined). The country of the troops commits them.
func (a *analysis) ownerFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	am, owned := a.troopOwner(q, s)
	k := q.start - 1
	for k > s.start && q.start-k <= 2 && (a.lw(k) == "the" || a.lw(k) == "a" || a.has(k, cQualifier)) {
		k--
	}
	if k < s.start {
		return frame{}, false
	}
	f := frame{actors: []actorMention{am}, rule: ruleTroopOwner, conf: 0.65}
	noun := false
	if a.lw(k) == "of" && k > s.start {
		noun = true
		switch a.lw(k - 1) {
		case "deployment", "deployments", "dispatch", "despatch", "arrival", "sending":
		case "withdrawal", "pullout", "pull-out", "departure", "exit":
			f.forced = news.StatusDeclined
		default:
			return frame{}, false
		}
		f.anchor = span{k - 1, k + 1}
	} else {
		if !owned || q.num == nil {
			return frame{}, false
		}
		t, ok := a.triggerBefore(q.start, s, q.start-k+1)
		if !ok || t.end != k+1 {
			return frame{}, false
		}
		f.anchor = span{t.start, t.end}
	}
	// "Germany began the deployment of a brigade": the subject of the
	// clause deploys troops that name no country
	if !owned {
		if !noun {
			return frame{}, false
		}
		g, ok := a.subjectFrame(match{start: f.anchor.start, end: f.anchor.end}, s)
		switch {
		case ok && g.rule == ruleActive:
			f.actors = g.actors
		default:
			// "Germany began the deployment of …": a country opening the
			// clause, whatever its (irregular) verb
			c := a.clauseStart(f.anchor.start, s)
			n := a.actorEndingAt(c, s)
			if n < 0 || a.actors[n].start != c || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym || a.actors[n].reporter {
				return frame{}, false
			}
			f.actors = []actorMention{a.actors[n]}
		}
	}
	// cues of the clause count: "had already strengthened the force by
	// deploying …"; "after the deployment of …" happened
	f.window = span{a.clauseStart(f.anchor.start, s), q.end}
	if f.forced == "" && f.anchor.start > s.start {
		switch a.lw(f.anchor.start - 1) {
		case "after", "following", "since":
			f.forced = news.StatusDelivered
		case "the":
			if p := f.anchor.start - 2; p >= s.start && (a.lw(p) == "after" || a.lw(p) == "following" || a.lw(p) == "since") {
				f.forced = news.StatusDelivered
			}
		}
	}
	return f, true
}

// clauseStart returns the first token of the clause of token k: after the
// last clause break or semicolon before it in s.
func (a *analysis) clauseStart(k int, s span) int {
	for j := k - 1; j >= s.start; j-- {
		if a.has(j, cClauseBreak) || a.tx(j) == ";" {
			return j + 1
		}
	}
	return s.start
}

// fromFrame matches troops followed by the countries they come from, with
// a verb after the list: "Troops from Senegal, Burkina Faso and Bangladesh
// will withdraw" (declined), "These personnel will come from Austria and
// Slovakia", "the Fijians will join 341 troops from the Philippines"
// (in place: delivered). Each country gets a commitment. Troops that
// make up a force ("made up of troops from …") describe it: no
// commitment; so do troops after a verb of withdrawal, whose "from" is
// where they leave ("withdrew 500 troops from Syria").
func (a *analysis) fromFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	// "made up of troops from …", "the departure of European forces from …"
	for j := q.start - 1; j >= s.start && q.start-j <= 2; j-- {
		if a.lw(j) == "of" {
			return frame{}, false
		}
	}
	k := q.end
	come := false
	for k < s.end && k < q.end+3 && (a.has(k, cSubjectFollower) || a.lw(k) == "come" || a.lw(k) == "comes" || a.lw(k) == "came") {
		come = come || a.lw(k) == "come" || a.lw(k) == "comes" || a.lw(k) == "came"
		k++
	}
	if k+1 >= s.end || a.lw(k) != "from" || k > q.end && !come {
		return frame{}, false
	}
	k++
	if a.lw(k) == "the" && a.actorEndingAt(k, s) < 0 {
		k++
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
	f := frame{actors: actors, rule: ruleTroopsFrom, conf: 0.65, anaphor: anaphor}
	if anaphor.end > 0 {
		f.conf = 0.55
	}
	// the verb: "come from", one after the list ("… - the largest
	// contributors - will withdraw"), or a verb of presence right before
	// the troops ("will join 341 troops from …")
	presence := false
	switch {
	case come:
		f.anchor = span{q.end, k}
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
	if presence && !a.irrealis(f.anchor.start, f.anchor.end) {
		if st, _ := a.status(f); st == news.StatusPledged {
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

// relativeBetween reports whether a non-restrictive relative clause
// (", which", ", who") starts in [from, to): a quantity after it belongs
// to the clause, not to the verb before it ("are withdrawing their troops
// from the mission, which has 12,000 soldiers").
func (a *analysis) relativeBetween(from, to int) bool {
	for k := from; k+1 < to; k++ {
		if a.tx(k) == "," && (a.lw(k+1) == "which" || a.lw(k+1) == "who") {
			return true
		}
	}
	return false
}

// troopEllipsis turns bare numbers that stand for troops into troop
// quantities, in a sentence that counts troops already: "about 341 troops
// from the Philippines and 193 from India" (a number before "from" and a
// country), "Nepal has 5,682 peacekeepers, India has 5,353" (a number
// after "has" or "with" at the end of its clause). Years, numbers before
// a noun and numbers after a preposition of time stay numbers.
func (a *analysis) troopEllipsis() {
	var added []quantity
	for _, p := range a.numbers {
		if p.value < 2 || p.scaled || a.isYear(p.start) {
			continue
		}
		si := a.sentIndex(p.start)
		if si < 0 {
			continue
		}
		s := a.sents[si]
		var item, vague string
		for _, q := range a.quants {
			if (q.sent == si || q.sent == si-1) && q.kind == news.KindTroops {
				if q.num != nil {
					item = q.item
					break
				}
				vague = q.item
			}
		}
		after := p.end
		// "Serbia (48), Australia (15)" in a sentence about personnel
		if bracketed := p.start-1 > s.start && a.tx(p.start-1) == "(" && after < s.end && a.tx(after) == ")" &&
			a.actorEndingAt(p.start-2, s) >= 0; bracketed && (item != "" || vague != "") {
			added = append(added, quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si, item: item + vague})
			continue
		}
		// "with 265, 157 and 77 soldiers respectively"
		if item != "" && after+1 < s.end && (a.tx(after) == "," || a.lw(after) == "and") && a.enumeratesTroops(after, s) {
			added = append(added, quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si, item: item})
			continue
		}
		if item == "" {
			continue
		}
		ends := after >= s.end || a.toks[after].kind == tPunct || a.lw(after) == "and"
		prev := ""
		if p.start > s.start {
			prev = a.lw(p.start - 1)
		}
		// "In this battalion, there are 700 French.": a demonym as the noun
		if m, ok := a.longest(after, s.end, cDemonym); ok && (item != "" || vague != "") && len(m.value) == 2 &&
			(m.end >= s.end || a.toks[m.end].kind == tPunct) {
			added = append(added, quantity{span: span{p.start, m.end}, kind: news.KindTroops, num: newNum(p), sent: si, item: item + vague})
			continue
		}
		// "will send an additional 200", "after sending three", "150 more",
		// "lift the number to nearly 400": the noun is understood
		if (item != "" || vague != "") && (a.sentNumber(p, s) || a.newTotal(p, s)) {
			added = append(added, quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si, item: item + vague})
			continue
		}
		from := after+1 < s.end && a.lw(after) == "from" && a.actorEndingAt(after+1, s) >= 0 ||
			after+2 < s.end && a.lw(after) == "from" && a.lw(after+1) == "the" && a.actorEndingAt(after+2, s) >= 0
		held := ends && (prev == "has" || prev == "have" || prev == "with")
		if !from && !held {
			continue
		}
		added = append(added, quantity{span: span{p.start, p.end}, kind: news.KindTroops, num: newNum(p), sent: si, item: item})
	}
	for _, q := range added {
		i := 0
		for i < len(a.quants) && a.quants[i].start < q.start {
			i++
		}
		a.quants = slices.Insert(a.quants, i, q)
	}
}

// sentIndex returns the index of the sentence holding token k, or -1.
func (a *analysis) sentIndex(k int) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > k })
	if i < len(a.sents) && a.sents[i].start <= k {
		return i
	}
	return -1
}

// elidedFrom returns where the troops coordinated before q start when q
// continues "N troops from A and M from B" (after "and" or a comma),
// else q.start.
func (a *analysis) elidedFrom(q quantity, s span) int {
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
	for _, o := range a.quants {
		if o.sent == q.sent && o.kind == news.KindTroops && o.end == k {
			return o.start
		}
	}
	return q.start
}

// enumeratesTroops reports whether numbers joined by commas and "and"
// from token k lead to a troop quantity: ", 157 and 77 soldiers".
func (a *analysis) enumeratesTroops(k int, s span) bool {
	for k < s.end && (a.tx(k) == "," || a.lw(k) == "and") {
		k++
		if k >= s.end || a.toks[k].kind != tNum {
			return false
		}
		for _, q := range a.quants {
			if q.start == k && q.kind == news.KindTroops && q.num != nil {
				return true
			}
		}
		for _, p := range a.numbers {
			if p.start == k {
				k = p.end
				break
			}
		}
		if a.toks[k].kind == tNum {
			return false
		}
	}
	return false
}

// bracketFrame matches a country with its number of troops in brackets,
// in a sentence about personnel: "countries contributing personnel are
// Serbia (48), Australia (15) and India (7)". The troops are in place.
func (a *analysis) bracketFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.start-2 < s.start || a.tx(q.start-1) != "(" || q.end >= s.end || a.tx(q.end) != ")" {
		return frame{}, false
	}
	n := a.actorEndingAt(q.start-2, s)
	if n < 0 || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym {
		return frame{}, false
	}
	am := a.actors[n]
	return frame{actors: []actorMention{am}, anchor: span{q.start - 1, q.end + 1}, rule: rulePresence,
		window: span{am.start, q.end}, conf: 0.6}, true
}

// respectiveFrame matches numbers of troops shared out by "respectively":
// "Argentina, Slovakia and Hungary follow suit, with 265, 157 and 77
// soldiers respectively". The i-th number belongs to the i-th country of
// the coordinated list before the numbers; "with" before them says the
// troops are in place.
func (a *analysis) respectiveFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	// the enumeration of troop numbers holding q
	var nums []quantity
	for _, o := range a.quants {
		if o.sent != q.sent || o.kind != news.KindTroops || o.num == nil {
			continue
		}
		if len(nums) > 0 {
			last := nums[len(nums)-1]
			joined := o.start > last.end
			for k := last.end; k < o.start && joined; k++ {
				joined = a.tx(k) == "," || a.lw(k) == "and"
			}
			if !joined {
				if last.end > q.start {
					break
				}
				nums = nums[:0]
			}
		}
		nums = append(nums, o)
	}
	idx := slices.IndexFunc(nums, func(o quantity) bool { return o.start == q.start })
	if len(nums) < 2 || idx < 0 {
		return frame{}, false
	}
	end := nums[len(nums)-1].end
	if end >= s.end || a.lw(end) != "respectively" && !(end+1 < s.end && a.tx(end) == "," && a.lw(end+1) == "respectively") {
		return frame{}, false
	}
	// the coordinated countries before the numbers, as many as they
	var list []actorMention
	for _, am := range a.actorsOf(s) {
		if am.end > nums[0].start {
			break
		}
		if len(list) > 0 && !a.joined(list[len(list)-1].end, am.start) {
			list = list[:0]
		}
		list = append(list, am)
	}
	if len(list) != len(nums) || len(list[idx].code) != 2 {
		return frame{}, false
	}
	am := list[idx]
	f := frame{actors: []actorMention{am}, anchor: span{end, end + 1}, rule: ruleActive,
		window: span{list[0].start, nums[0].start}, conf: 0.6}
	if nums[0].start > s.start && a.lw(nums[0].start-1) == "with" {
		f.rule = rulePresence
	}
	return f, true
}

// troopListFrame matches troops listed per country in running text (a
// number in brackets after its country, numbers shared out by
// "respectively"), troops "there are", and troops placed at someone's
// disposal.
func (a *analysis) troopListFrame(q quantity, s span) (frame, bool) {
	if f, ok := a.bracketFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.existentialFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.disposalFrame(q, s); ok {
		return f, true
	}
	return a.respectiveFrame(q, s)
}

// followedBy adds the countries after ", followed by" at the end of the
// clause of troops q to frame f: "France withdrew its troops from the
// mission, followed by Egypt" (Egypt withdrew too). A country with its
// own number after it ("followed by Rwanda with 6,322 troops") is left to
// its own frame.
func (a *analysis) followedBy(f frame, q quantity) frame {
	s := a.sents[q.sent]
	if f.rule != ruleActive && f.rule != rulePronoun {
		return f
	}
	for k := q.end; k+2 < s.end && k < q.end+8; k++ {
		if a.has(k, cClauseBreak) || a.tx(k) == ";" {
			return f
		}
		if a.tx(k) != "," || a.lw(k+1) != "followed" || a.lw(k+2) != "by" {
			continue
		}
		var list []actorMention
		for _, am := range a.actorsOf(s) {
			if am.start < k+3 {
				continue
			}
			if len(list) == 0 && am.start != k+3 && !(am.start == k+4 && a.lw(k+3) == "the") ||
				len(list) > 0 && !a.joined(list[len(list)-1].end, am.start) {
				break
			}
			if len(am.code) != 2 || am.cls == cDemonym {
				return f
			}
			list = append(list, am)
		}
		if len(list) == 0 {
			return f
		}
		if end := list[len(list)-1].end; end < s.end && a.toks[end].kind != tPunct {
			return f
		}
		f.actors = append(slices.Clone(f.actors), list...)
		return f
	}
	return f
}

// ownPronounFrame matches troops owned by a pronoun that are the subject
// of what they will do: "Germany is the latest country to say its 1,000
// peacekeepers will leave" (declined), "it said its 300 soldiers would
// stay". The owner is what the pronoun stands for.
func (a *analysis) ownPronounFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.start-1 < s.start {
		return frame{}, false
	}
	p := q.start - 1
	if w := a.lw(p); w != "its" && w != "their" {
		return frame{}, false
	}
	k := q.end
	for k < s.end && k < q.end+3 && (a.has(k, cSubjectFollower, cIrrealis) || strings.HasSuffix(a.lw(k), "ly")) {
		k++
	}
	if k == q.end || k >= s.end {
		return frame{}, false
	}
	var forced news.Status
	anchor := span{k, k + 1}
	switch a.lw(k) {
	case "leave", "leaving", "left", "depart", "departing", "exit", "return", "returning":
		forced = news.StatusDeclined
	default:
		m, ok := a.longest(k, s.end, cTrigger, cDeliveryPast, cDeclined, cPresence)
		if !ok {
			return frame{}, false
		}
		anchor = span{m.start, m.end}
	}
	actors, ok := a.resolvePronoun(p, s)
	if !ok || len(actors[0].code) != 2 {
		return frame{}, false
	}
	return frame{actors: actors[:1], anchor: anchor, rule: rulePronoun, window: span{p, anchor.end},
		conf: 0.55, forced: forced, anaphor: span{p, p + 1}}, true
}

// sentNumber reports whether the bare number p is what a verb of sending
// sends, or "N more": "will send an additional 200 to help", "after
// sending three", "150 more". Nothing but a preposition, "more" or
// punctuation may follow it.
func (a *analysis) sentNumber(p numPhrase, s span) bool {
	after := p.end
	if after < s.end && a.lw(after) == "more" {
		after++
		if p.end+1 < s.end && a.toks[after-1].kind == tWord && after < s.end && a.toks[after].kind == tWord && !a.has(after, cLocPrep) {
			return false // "150 more soldiers" is a quantity already
		}
		return true
	}
	if after < s.end && a.toks[after].kind != tPunct && !a.has(after, cLocPrep) {
		return false
	}
	k := p.start - 1
	for k > s.start && (a.lw(k) == "an" || a.lw(k) == "a" || a.lw(k) == "additional" || a.lw(k) == "further" || a.lw(k) == "another" || a.lw(k) == "extra") {
		k--
	}
	if k < s.start {
		return false
	}
	switch a.lw(k) {
	case "send", "sends", "sending", "sent", "deploy", "deploys", "deploying", "deployed", "dispatch", "dispatched", "dispatching":
		return true
	}
	return false
}

// newTotal reports whether the bare number p is the total after a verb
// of increase and "to": "boost it by 300 to around 500", "lift the number
// to nearly 400". The increment after "by" is not a commitment.
func (a *analysis) newTotal(p numPhrase, s span) bool {
	k := p.start - 1
	if k <= s.start || a.lw(k) != "to" {
		return false
	}
	if p.end < s.end && a.toks[p.end].kind == tWord && !a.has(p.end, cLocPrep) {
		return false
	}
	for j := k - 1; j >= s.start && k-j <= 8; j-- {
		if a.has(j, cClauseBreak) || a.tx(j) == "," {
			return false
		}
		w := a.lw(j)
		for _, v := range []string{"boost", "increas", "rais", "lift", "expand", "reinforc", "bring", "brought", "grow", "doubl"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// countriesBefore resolves "the three countries" ("the two nations",
// "both countries") at token k to the last coordinated list of as many
// countries named in the sentences before. It returns the list and the
// token after the phrase.
func (a *analysis) countriesBefore(k int, s span) ([]actorMention, int, bool) {
	want := 0
	j := k
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

// existentialFrame matches troops that name their country after "there
// are": "There are currently 5,229 Nepali peacekeepers serving in 12
// missions", "In this battalion, there are 700 French". They are in place.
func (a *analysis) existentialFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	k := q.start - 1
	for k > s.start && (strings.HasSuffix(a.lw(k), "ly") || a.lw(k) == "now" || a.lw(k) == "still" || a.lw(k) == "already") {
		k--
	}
	if k-1 < s.start || a.lw(k-1) != "there" {
		return frame{}, false
	}
	switch a.lw(k) {
	case "are", "were", "is", "was", "remain":
	default:
		return frame{}, false
	}
	am, ok := a.troopOwner(q, s)
	if !ok || am.start < q.start {
		return frame{}, false
	}
	return frame{actors: []actorMention{am}, anchor: span{k - 1, k + 1}, rule: rulePresence,
		window: span{k - 1, q.end}, conf: 0.6}, true
}

// disposalFrame matches troops placed at someone's disposal: "Italy has
// placed 200 soldiers at the disposal of NATO" (the subject of the verb),
// "a battalion of 650 members had been placed at the disposal of KFOR,
// the British ministry said" (the source of the passive).
func (a *analysis) disposalFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	placed := func(k int) bool {
		w := a.lw(k)
		return strings.HasPrefix(w, "plac") || w == "put" || w == "puts" || w == "putting"
	}
	disposal := func(k int) bool {
		return k+2 < s.end && a.lw(k) == "at" && (a.lw(k+1) == "the" && a.lw(k+2) == "disposal" ||
			k+3 < s.end && a.lw(k+3) == "disposal")
	}
	// active: "placed 200 soldiers at the disposal of"
	if v := q.start - 1; v > s.start && placed(v) && disposal(q.end) {
		f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
		if !ok {
			return frame{}, false
		}
		f.anchor, f.window = span{v, v + 1}, span{f.window.start, q.end}
		return f, true
	}
	// passive: "… had been placed at the disposal of"
	k := q.end
	for k < s.end && k < q.end+3 && a.has(k, cPerfectAux, cPassiveAux) {
		k++
	}
	if k == q.end || k >= s.end || !placed(k) || !disposal(k+1) {
		return frame{}, false
	}
	// the source: "X said", "the X Ministry of Defence stated that …"
	for _, am := range a.actorsOf(s) {
		if len(am.code) != 2 || am.cls == cGroup {
			continue
		}
		source := am.reporter
		for j := am.end; j < am.end+4 && j < q.start && !source; j++ {
			source = a.has(j, cReporting)
		}
		if source {
			return frame{actors: []actorMention{am}, anchor: span{k, k + 1}, rule: rulePassive,
				window: span{q.start, k + 1}, conf: 0.55}, true
		}
	}
	return frame{}, false
}
