package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// ruleJoint marks one commitment made by several actors together;
// ruleRespectively one actor's part of "X and Y pledged 17 and 10 million
// dollars, respectively".
const (
	ruleJoint        = "frame.joint"
	ruleRespectively = "frame.respectively"
)

// joint turns the frame of a numbered quantity committed by several actors
// together into a frame of one group: "Sweden, Norway and Denmark will
// jointly contribute $500 million" is one sum of the three, not $500
// million each, so it is the line of "group:Sweden, Norway and Denmark"
// (a group, not scored against any one country). So is a country with
// its partners: "the EU and its member states have allocated €50
// billion", "Kuwait, along with other Gulf countries, pledged $4bn";
// the named country of such a pair keeps its own line beside the group.
// Distributive words keep one line per actor: "each", "both",
// "respectively", "apiece", and for troops "all" between the givers and
// the verb. Quantities without a number ("Belgium, Italy
// and France are sending ships") keep one line per actor too.
func (a *analysis) joint(f frame, q *quantity) frame {
	if q.num == nil || len(f.actors) == 0 || f.rule != ruleActive && f.rule != ruleFrom && (f.rule != rulePronoun || len(f.actors) < 2) {
		return f
	}
	if len(f.actors) >= 2 && oneCode(f.actors) {
		// "According to Minister X, Australia will gift …": a leader and
		// the country are one giver
		f.actors = f.actors[len(f.actors)-1:]
		return f
	}
	for _, am := range f.actors {
		if am.cls == cGroup {
			return f
		}
	}
	s := a.sents[q.sent]
	first, last := f.actors[0], f.actors[len(f.actors)-1]
	end := last.end
	own := false // the named country of "X, along with others" keeps its own line
	if len(f.actors) == 1 {
		// "Germany, alongside France, pledged …": the subject found is the
		// partner in the aside; the pair gives together
		if o, ok := a.partnerBefore(first, s); ok && last.end <= f.anchor.start {
			first = o
		}
	}
	if len(f.actors) == 1 && first.start == f.actors[0].start {
		// "the EU and its member states", "Kuwait, along with other Gulf countries,"
		end = a.partners(last.end, f.anchor.start)
		if end < 0 {
			return f
		}
		// "X, along with others" names a donor; "the EU and its member
		// states" is one collective sum
		own = a.withPartners(last.end, f.anchor.start)
	}
	// "pledged 12 and 8 million dollars, respectively": the word may
	// follow the last number of a coordination that starts with q
	for k := min(first.start, q.start); k < s.end && k < max(a.coordEnd(q), end)+4; k++ {
		switch a.lw(k) {
		case "each", "both", "respectively", "apiece", "individually", "separately", "per":
			return f
		case "all":
			// "Chad, Niger and Togo all pledged 500 troops": "all" after
			// the givers and before the verb shares the count out, one
			// line each (troops only)
			if q.kind == news.KindTroops && k >= end && k < f.anchor.start {
				return f
			}
		}
	}
	if a.respectivelyAfter(q) {
		return f // "12 and 8 million dollars, respectively": 12 is not a joint sum
	}
	if _, ok := a.pairedTroops(&f, q); ok {
		return f // "A and B will send 800 and 600 soldiers": settleTroops pairs them
	}
	g := actorMention{span: span{first.start, end}, cls: cGroup, subject: true, sent: first.sent}
	g.code = "group:" + a.text[a.toks[first.start].start:a.toks[end-1].end]
	if own {
		// a donor named with its partners gives its own line beside the
		// collective's (conventions: joint donations)
		f.actors = []actorMention{g, first}
		f.rule = ruleJoint
		return f
	}
	f.actors = []actorMention{g}
	f.rule = ruleJoint
	return f
}

// coordEnd returns the end of the last quantity of q's kind coordinated
// with q after it, only commas and "and" between ("12 and 8 million
// dollars"); q.end when none follows.
func (a *analysis) coordEnd(q *quantity) int {
	end := q.end
	for _, o := range a.quantsOf(q.sent) {
		if o.sent != q.sent || o.kind != q.kind || o.start < end || o.start > end+2 {
			continue
		}
		joined := true
		for k := end; k < o.start; k++ {
			if a.tx(k) != "," && a.lw(k) != "and" {
				joined = false
			}
		}
		if joined {
			end = o.end
		}
	}
	return end
}

// respectivelyAfter reports whether "respectively" follows quantity q in
// its sentence, within 30 tokens and before a semicolon: the amounts of
// the list that holds q are shared out one per actor ("pledged $17
// million and $10 million, respectively"), so none is a joint sum.
func (a *analysis) respectivelyAfter(q *quantity) bool {
	s := a.sents[q.sent]
	for k := q.end; k < s.end && k < q.end+30; k++ {
		if a.tx(k) == ";" {
			return false
		}
		if a.lw(k) == "respectively" {
			return true
		}
	}
	return false
}

// partners returns the end of "and its member states", ", along with
// other Gulf countries" after an actor that ends at token from, before
// the anchor at token to; -1 when none follows.
func (a *analysis) partners(from, to int) int {
	k := from
	if k < to && a.tx(k) == "," {
		k++
	}
	switch {
	case k < to && a.lw(k) == "and":
		k++
	case k+1 < to && (a.lw(k) == "along" || a.lw(k) == "together") && a.lw(k+1) == "with":
		k += 2
	default:
		return -1
	}
	for n := 0; n < 4 && k < to; n++ {
		if g, ok := a.longest(k, to, cGroupNoun); ok {
			return g.end
		}
		switch a.lw(k) {
		case "its", "their", "other", "fellow", "the":
		default:
			if !a.upper(k) && !a.has(k, cGroupAdj) && !a.isModifier(k) {
				return -1
			}
		}
		k++
	}
	return -1
}

// withPartners reports whether "along with" or "together with" starts at
// token k, after an optional comma, before token to.
func (a *analysis) withPartners(k, to int) bool {
	if k < to && a.tx(k) == "," {
		k++
	}
	return k+1 < to && (a.lw(k) == "along" || a.lw(k) == "together") && a.lw(k+1) == "with"
}

// partnerBefore finds the actor X of "X, alongside Y," or "X, together
// with Y," when am is Y. ok is false otherwise.
func (a *analysis) partnerBefore(am actorMention, s span) (actorMention, bool) {
	k := am.start - 1
	switch {
	case k > s.start && a.lw(k) == "alongside":
		k--
	case k-1 > s.start && a.lw(k) == "with" && (a.lw(k-1) == "along" || a.lw(k-1) == "together" || a.lw(k-1) == "jointly"):
		k -= 2
	default:
		return actorMention{}, false
	}
	if k <= s.start || a.tx(k) != "," || am.end >= s.end || a.tx(am.end) != "," {
		return actorMention{}, false
	}
	n := a.actorEndingAt(k-1, s)
	if n < 0 || a.actors[n].end != k || len(a.actors[n].code) != 2 {
		return actorMention{}, false
	}
	return a.actors[n], true
}

// share is one actor's part of a distributive frame.
type share struct {
	f frame
	q quantity
}

// respectively splits a frame of several actors over as many numbers:
// "The U.S. and Japan pledged 17 and 10 million dollars, respectively" is
// $17 million from the U.S. and $10 million from Japan. When the sentence
// holds as many quantities of q's kind between the verb and "respectively"
// as there are actors ("$17 million and $10 million, respectively", "10
// tanks and 20 howitzers, respectively"), q goes to the actor of its rank.
// Else the numbers before q are bare ("17") and take q's scale and unit;
// nil when the sentence does not say "respectively" right after q or the
// count differs.
func (a *analysis) respectively(f *frame, q *quantity) []share {
	n := len(f.actors)
	if n < 2 || q.num == nil {
		return nil
	}
	if g, ok := a.pairedRespectively(f, q); ok {
		return []share{{g, *q}}
	}
	s := a.sents[q.sent]
	found := false
	for k := q.end; k < s.end && k <= q.end+2; k++ {
		if a.lw(k) == "respectively" {
			found = true
		}
	}
	if !found {
		return nil
	}
	// the bare numbers of the list, right to left
	var nums []numPhrase
	pos := q.start
	ns := a.numbersNear(0, pos)
	for i := len(ns) - 1; i >= 0 && len(nums) < n-1; i-- {
		p := ns[i]
		if p.end > pos {
			continue
		}
		for k := p.end; k < pos; k++ {
			if a.tx(k) != "," && a.lw(k) != "and" {
				return nil
			}
		}
		if pos-p.end == 0 || pos-p.end > 2 {
			return nil
		}
		nums = append([]numPhrase{p}, nums...)
		pos = p.start
	}
	if len(nums) != n-1 {
		return nil
	}
	// the scale of q ("10 million") for the bare ones ("17")
	factor := 1.0
	if q.num.scaled {
		for k := q.start; k < q.end; k++ {
			if a.toks[k].kind == tNum {
				if p, ok := parseNumberAt(&a.doc, a.ann, k, k+1); ok && p.value > 0 {
					factor = q.num.value / p.value
				}
				break
			}
		}
	}
	out := make([]share, 0, n)
	for i, am := range f.actors {
		g := *f
		g.actors = []actorMention{am}
		g.rule = ruleRespectively
		part := *q
		if i < n-1 {
			p := nums[i]
			if !p.scaled {
				p.value *= factor
			}
			part.num, part.span = &p, span{p.start, p.end}
		}
		out = append(out, share{g, part})
	}
	return out
}

// pairedRespectively pairs coordinated actors with coordinated
// quantities of q's kind in order: the i-th quantity between the verb and
// "respectively" belongs to the i-th actor; a "respectively" between the
// actors and the quantities pairs the quantities after it. ok is false
// when there is no "respectively" or the counts differ.
func (a *analysis) pairedRespectively(f *frame, q *quantity) (frame, bool) {
	s := a.sents[q.sent]
	resp := -1
	for k := q.end; k < s.end && k < q.end+30; k++ {
		if a.lw(k) == "respectively" {
			resp = k
			break
		}
	}
	from, to := f.anchor.end, resp
	if resp < 0 {
		// before the quantities: "Japan and Korea respectively pledged $5m
		// and $3m", "Japan and Korea pledged, respectively, $5m and $3m"
		last := f.actors[len(f.actors)-1].end
		for k := last; k >= s.start && k < q.start && k < last+12; k++ {
			if a.lw(k) == "respectively" {
				resp = k
				break
			}
		}
		if resp < 0 {
			return *f, false
		}
		from, to = max(f.anchor.end, resp+1), s.end
	}
	idx, n := -1, 0
	for _, o := range a.quantsOf(q.sent) {
		if o.sent != q.sent || o.kind != q.kind || o.num == nil || o.conversion || o.start < from || o.end > to {
			continue
		}
		if o.start == q.start {
			idx = n
		}
		n++
	}
	if idx < 0 || n != len(f.actors) {
		return *f, false
	}
	g := *f
	g.actors = []actorMention{f.actors[idx]}
	g.rule = ruleRespectively
	return g, true
}

// troopsOwner gives troops that name their country ("more than 460
// Egyptian soldiers participating in the mission") to that country when
// the frame found only a group or an organisation for them ("the United
// Nations deployed …"): the troops are the country's, the group only
// leads them.
func (a *analysis) troopsOwner(f frame, q *quantity) frame {
	if q.kind != news.KindTroops || len(f.actors) != 1 || f.actors[0].cls != cGroup {
		return f
	}
	for k := q.start; k < q.end; k++ {
		m, ok := a.longest(k, q.end, cDemonym, cCountry)
		if !ok || len(m.value) != 2 {
			continue
		}
		am := actorMention{span: span{m.start, m.end}, code: m.value, cls: m.class, subject: true, sent: q.sent}
		f.actors = []actorMention{am}
		f.conf = min(f.conf, 0.7)
		return f
	}
	return f
}

// jointDemonyms reports whether the demonym starting at token k ends a
// compound of peoples ("German-French", "Franco/German"): a joint
// commitment, not one country's.
func (a *analysis) jointDemonyms(k int, s span) bool {
	if k-2 < s.start {
		return false
	}
	if t := a.tx(k - 1); t != "-" && t != "/" && t != "–" {
		return false
	}
	for j := k - 2; j >= s.start && j > k-5; j-- {
		for _, d := range a.ann[j] {
			if d.class == cDemonym && d.end == k-1 {
				return true
			}
		}
	}
	return false
}

// oneCode reports whether all of as name the same actor.
func oneCode(as []actorMention) bool {
	for _, am := range as[1:] {
		if am.code != as[0].code {
			return false
		}
	}
	return true
}
