package extractor

import (
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// frame links a quantity to the actors that commit it.
type frame struct {
	actors []actorMention
	// anchor is the token range of the trigger ("pledged"), cue
	// ("willingness") or list marker (":") that makes the commitment.
	anchor span
	// rule names how the actors were found: list, active, passive, noun, pronoun.
	rule string
	// window is where status cues are looked for.
	window span
	conf   float64
}

// Rule ids reported in news.Commitment.Rules.
const (
	ruleList    = "frame.list"
	ruleActive  = "frame.active"
	rulePassive = "frame.passive"
	ruleNoun    = "frame.noun"
	rulePronoun = "frame.pronoun"
	ruleSupport = "frame.to-support"
	ruleGapped  = "frame.gapped"
)

// commitments turns the analysis into commitments.
func (e *Extractor) commitments(a *analysis) []news.Commitment {
	var out []news.Commitment
	var order []int // token index of each commitment's quantity
	// one commitment per actor, kind, value and sentence
	type key struct {
		actor, item string
		kind        news.Kind
		value       float64
		start       int
	}
	var seen []key // few per text: a linear scan beats a map
	emit := func(f frame, q quantity, item string) {
		for _, am := range f.actors {
			c := e.commitment(a, f, q, am, item)
			k := key{actor: c.Actor, item: c.Item + c.Currency, kind: c.Kind, value: -1, start: c.Start}
			switch {
			case c.Troops != nil:
				k.value = float64(*c.Troops)
			case c.Amount != nil:
				k.value = *c.Amount
			case c.Count != nil:
				k.value = float64(*c.Count)
			}
			if slices.Contains(seen, k) {
				continue
			}
			seen = append(seen, k)
			out = append(out, c)
			order = append(order, q.start)
		}
	}
	for _, q := range a.quants {
		if q.kind == news.KindSupport {
			continue
		}
		if q.prepped && q.num == nil {
			continue
		}
		if f, ok := a.frameFor(q); ok {
			emit(f, q, q.item)
		}
	}
	a.supportFrames(emit)
	// text order: by sentence, then by the position of what is committed
	sort.Stable(byEvidence{out, order})
	return out
}

// byEvidence sorts commitments by the start of their evidence, then by the
// position of what is committed, moving the two slices together.
type byEvidence struct {
	cs    []news.Commitment
	order []int
}

func (b byEvidence) Len() int { return len(b.cs) }
func (b byEvidence) Less(i, j int) bool {
	if b.cs[i].Start != b.cs[j].Start {
		return b.cs[i].Start < b.cs[j].Start
	}
	return b.order[i] < b.order[j]
}
func (b byEvidence) Swap(i, j int) {
	b.cs[i], b.cs[j] = b.cs[j], b.cs[i]
	b.order[i], b.order[j] = b.order[j], b.order[i]
}

// frameFor finds the frame of a quantity: a list line, a passive "by X",
// an active "X pledged …", or a noun "X's pledge of …".
func (a *analysis) frameFor(q quantity) (frame, bool) {
	s := a.sents[q.sent]
	if f, ok := a.listFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.passiveFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.possessiveFrame(q, s); ok {
		return f, true
	}
	if t, ok := a.triggerBefore(q.start, s, 20); ok {
		if f, ok := a.gappedFrame(t, q, s); ok {
			return f, true
		}
		if f, ok := a.subjectFrame(t, s); ok {
			f.window = span{f.window.start, min(s.end, q.end+3)}
			if q.start-t.end > 10 {
				f.conf -= 0.05
			}
			return f, true
		}
	}
	return frame{}, false
}

// possessiveFrame matches an owner before the quantity and a commitment
// noun after it: "Germany's €1bn pledge", "the EU's €50 billion aid package".
func (a *analysis) possessiveFrame(q quantity, s span) (frame, bool) {
	p := q.start - 2
	if p-1 < s.start || !isApostropheText(a.toks[p].text) || a.toks[p+1].lower != "s" {
		return frame{}, false
	}
	n := a.actorEndingAt(p-1, s)
	if n < 0 || a.actors[n].end != p {
		return frame{}, false
	}
	for k := q.end; k < min(s.end, q.end+3); k++ {
		if m, ok := a.longest(k, s.end, cTriggerNoun); ok {
			am := a.actors[n]
			return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNoun,
				window: span{am.start, m.end}, conf: 0.75}, true
		}
		if !a.isModifier(k) {
			break
		}
	}
	return frame{}, false
}

// gappedFrame matches the elided verb of a donor list: in "Germany
// pledged EUR 120m, Switzerland CHF 50 million and Sweden 300 million
// kronor" each later amount has its own actor right before it, after a
// comma or "and", with the trigger of the first.
func (a *analysis) gappedFrame(t match, q quantity, s span) (frame, bool) {
	for _, am := range a.actorsOf(s) {
		if am.start < t.end || am.end != q.start || am.cls == cDemonym {
			continue
		}
		p := am.start - 1
		if p <= t.end || (a.toks[p].text != "," && a.toks[p].lower != "and") {
			return frame{}, false
		}
		win := span{am.start, min(s.end, q.end+3)}
		return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: ruleGapped, window: win, conf: 0.75}, true
	}
	return frame{}, false
}

// lineStart returns the first token of the line of sentence s after
// bullets and list numbering, or -1 when s does not start a line.
func (a *analysis) lineStart(s span) int {
	if !a.toks[s.start].nl {
		return -1
	}
	k := s.start
	for k < s.end {
		t := a.toks[k]
		switch {
		case t.kind == tPunct && strings.ContainsAny(t.text, "-•*–—·▪►|"):
			k++
		case t.kind == tNum && k+1 < s.end && (a.toks[k+1].text == "." || a.toks[k+1].text == ")"):
			k += 2
		default:
			return k
		}
	}
	return -1
}

// listFrame matches "Poland: 2,500 troops", "- Canada – $500 million":
// an actor at the start of a line, a colon or dash, then the quantity with
// no trigger between.
func (a *analysis) listFrame(q quantity, s span) (frame, bool) {
	ls := a.lineStart(s)
	if ls < 0 {
		return frame{}, false
	}
	var first *actorMention
	if n := a.actorEndingAt(ls, s); n >= 0 && a.actors[n].start == ls {
		first = &a.actors[n]
	}
	if first == nil || first.end > q.start || q.num == nil {
		return frame{}, false
	}
	// only the first quantity after the marker belongs to the line's actor
	for _, o := range a.quants {
		if o.sent == q.sent && o.start >= first.end && o.end <= q.start {
			return frame{}, false
		}
	}
	marker := -1
	for k := first.end; k < q.start; k++ {
		t := a.toks[k]
		if a.has(k, cTrigger, cDeliveryPast) {
			return frame{}, false
		}
		if marker < 0 && (t.text == ":" || t.text == "–" || t.text == "—" || t.text == "-" && !t.glued || t.text == "(") {
			marker = k
		}
	}
	if marker < 0 {
		return frame{}, false
	}
	actors := []actorMention{*first}
	return frame{actors: actors, anchor: span{marker, marker + 1}, rule: ruleList, window: span{ls, q.end}, conf: 0.8}, true
}

// passiveFrame matches "missiles supplied by the U.S. and Norway",
// "€115bn contributed by the United States": a trigger after the quantity
// followed by "by" and the actors.
func (a *analysis) passiveFrame(q quantity, s span) (frame, bool) {
	for k := q.end; k < min(s.end, q.end+4); k++ {
		t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
		if !ok {
			if a.toks[k].kind == tWord && !a.has(k, cPassiveAux) && !strings.HasSuffix(a.toks[k].lower, "ly") {
				return frame{}, false
			}
			continue
		}
		by := t.end
		if by >= s.end || a.toks[by].lower != "by" {
			return frame{}, false
		}
		actors := a.listAt(by+1, s)
		if len(actors) == 0 {
			return frame{}, false
		}
		return frame{actors: actors, anchor: span{t.start, t.end}, rule: rulePassive, window: span{q.start, s.end}, conf: 0.8}, true
	}
	return frame{}, false
}

// listAt returns the coordinated actors starting at token k (after an
// optional "the").
func (a *analysis) listAt(k int, s span) []actorMention {
	if k < s.end && a.toks[k].lower == "the" {
		k++
	}
	var out []actorMention
	for _, am := range a.actorsOf(s) {
		if len(out) == 0 {
			if am.start == k {
				out = append(out, am)
			}
			continue
		}
		if a.joined(out[len(out)-1].end, am.start) {
			out = append(out, am)
			continue
		}
		break
	}
	return out
}

// triggerBefore returns the nearest trigger verb before token pos in s,
// at most maxDist tokens away, with no clause break between and an object
// after it (a trigger followed by a comma is used without one).
func (a *analysis) triggerBefore(pos int, s span, maxDist int) (match, bool) {
	for k := pos - 1; k >= s.start && pos-k <= maxDist; k-- {
		if a.has(k, cClauseBreak) {
			return match{}, false
		}
		t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
		if !ok || t.end > pos {
			continue
		}
		if t.end < s.end {
			switch a.toks[t.end].text {
			case ",", ".", ";":
				return match{}, false
			}
			if a.toks[t.end].lower == "by" {
				return match{}, false // passive with the agent after: handled by passiveFrame
			}
		}
		return t, true
	}
	return match{}, false
}

// subjectFrame finds the actors that are the subject of the anchor at t:
// the nearest subject mention (or coordinated list) before it, or a
// pronoun resolved to an earlier actor.
func (a *analysis) subjectFrame(t match, s span) (frame, bool) {
	f := frame{anchor: span{t.start, t.end}, rule: ruleActive, conf: 0.85}
	for k := t.start - 1; k >= s.start; k-- {
		if idx := a.actorEndingAt(k, s); idx >= 0 {
			am := a.actors[idx]
			if !am.subject {
				k = am.start
				continue
			}
			f.actors = a.coordinated(idx, s)
			dist := t.start - am.end
			switch {
			case dist > 15:
				f.conf -= 0.3 // far from its verb: ambiguous, goes to review
			case dist > 6:
				f.conf -= 0.1
			}
			f.window = span{f.actors[0].start, t.end}
			return f, true
		}
		if a.has(k, cPronoun) && t.start-k <= 6 {
			if actors, ok := a.resolvePronoun(k, s); ok {
				am := actors[0]
				f.actors = actors
				f.rule = rulePronoun
				f.conf = 0.55 // a resolved pronoun is a guess: review it
				if am.start >= s.start && am.reporter && k-am.end <= 3 {
					f.conf = 0.75 // "the Netherlands said it would supply …"
				}
				f.window = span{k, t.end}
				return f, true
			}
			return frame{}, false
		}
	}
	return frame{}, false
}

// actorEndingAt returns the index of the actor mention of s covering token
// k, or -1.
func (a *analysis) actorEndingAt(k int, s span) int {
	if k < 0 || k >= len(a.actorAt) {
		return -1
	}
	n := int(a.actorAt[k])
	if n < 0 || a.actors[n].start < s.start || a.actors[n].end > s.end {
		return -1
	}
	return n
}

// coordinated returns the coordinated list of actors that ends with
// a.actors[idx].
func (a *analysis) coordinated(idx int, s span) []actorMention {
	out := []actorMention{a.actors[idx]}
	for n := idx - 1; n >= 0; n-- {
		am := a.actors[n]
		if am.start < s.start || !am.subject || !a.joined(am.end, out[0].start) {
			break
		}
		out = append([]actorMention{am}, out...)
	}
	return out
}

// resolvePronoun finds the antecedent of the pronoun at token k: in the
// same sentence, the first subject (or reporter) before it, with its
// coordinated list for "they"/"we" ("France and the UK, which lead the
// coalition, said they would …"); else the first subject of the previous
// sentence. "he"/"she" take people first.
func (a *analysis) resolvePronoun(k int, s span) ([]actorMention, bool) {
	w := a.toks[k].lower
	personal := w == "he" || w == "she"
	plural := w == "they" || w == "we"
	pick := func(from span, limit int) ([]actorMention, bool) {
		fallback := -1
		actors := a.actorsOf(from)
		for n, am := range actors {
			if am.end > limit || !(am.subject || am.reporter) {
				continue
			}
			if personal && !am.person {
				if fallback < 0 && am.cls != cGroup {
					fallback = n
				}
				continue
			}
			if plural {
				list := []actorMention{am}
				for m := n + 1; m < len(actors) && actors[m].end <= limit && a.joined(list[len(list)-1].end, actors[m].start); m++ {
					list = append(list, actors[m])
				}
				return list, true
			}
			return []actorMention{am}, true
		}
		if fallback >= 0 {
			return []actorMention{actors[fallback]}, true
		}
		return nil, false
	}
	if list, ok := pick(s, k); ok {
		return list, true
	}
	si := a.sentOf(s)
	if si <= 0 {
		return nil, false
	}
	prev := a.sents[si-1]
	return pick(prev, prev.end)
}

func (a *analysis) sentOf(s span) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > s.start })
	if i < len(a.sents) && a.sents[i] == s {
		return i
	}
	return -1
}

// supportFrames finds commitments of kind support: a support noun in the
// object of a trigger ("has promised air support"), or "to" + a support
// verb after a trigger or cue ("pledge to protect Kyiv", "willingness to
// support the plan").
func (a *analysis) supportFrames(emit func(frame, quantity, string)) {
	toks := a.toks
	covered := map[int]bool{} // support-verb tokens already used
	for _, q := range a.quants {
		if q.kind != news.KindSupport || q.prepped {
			continue
		}
		s := a.sents[q.sent]
		if f, ok := a.toSupportFrame(q.start, s); ok {
			f.conf -= 0.05
			emit(f, q, q.item)
			covered[f.anchor.end-1] = true
			continue
		}
		t, ok := a.triggerBefore(q.start, s, 12)
		if !ok {
			continue
		}
		// another quantity between the trigger and the noun owns the object
		blocked := false
		for _, o := range a.quants {
			if o.sent == q.sent && o.kind != news.KindSupport && o.start >= t.end && o.end <= q.start && !o.prepped {
				blocked = true
			}
		}
		if blocked {
			continue
		}
		f, ok := a.subjectFrame(t, s)
		if !ok {
			continue
		}
		f.window = span{f.window.start, min(s.end, q.end+3)}
		f.conf -= 0.05
		emit(f, q, q.item)
	}
	// "to" + support verb with no support noun after it
	for si, s := range a.sents {
		for k := s.start + 1; k < s.end; k++ {
			if covered[k] || toks[k-1].lower != "to" || !a.has(k, cSupportVerb) {
				continue
			}
			f, ok := a.toSupportFrameAt(k, s)
			if !ok {
				continue
			}
			// an explicit support noun right after was handled above
			end := k + 1
			for end < s.end && end < k+5 && toks[end].kind != tPunct {
				end++
			}
			hasNoun := false
			for _, q := range a.quants {
				if q.sent == si && q.start > k && q.start < end {
					hasNoun = true
				}
			}
			if hasNoun {
				continue
			}
			q := quantity{span: span{k, end}, kind: news.KindSupport, sent: si, item: a.text[toks[k].start:toks[end-1].end]}
			f.window = span{f.window.start, end}
			f.conf -= 0.1
			emit(f, q, q.item)
		}
	}
}

// toSupportFrame matches a support noun right after "to" + a support verb
// ("pledged to establish military hubs"), returning the frame of the verb.
func (a *analysis) toSupportFrame(pos int, s span) (frame, bool) {
	for k := pos - 1; k > s.start && pos-k <= 4; k-- {
		if a.toks[k].kind == tPunct && a.toks[k].text != "“" && a.toks[k].text != "\"" {
			return frame{}, false
		}
		if a.toks[k-1].lower == "to" && a.has(k, cSupportVerb) {
			return a.toSupportFrameAt(k, s)
		}
	}
	return frame{}, false
}

// toSupportFrameAt builds the frame of a support verb at token k (after
// "to"): the nearest trigger, trigger noun or support cue within six
// tokens before the "to" is the anchor, and its subject the actor.
func (a *analysis) toSupportFrameAt(k int, s span) (frame, bool) {
	to := k - 1
	for j := to - 1; j >= s.start && to-j <= 6; j-- {
		m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast, cTriggerNoun, cSupportCue)
		if !ok || m.end > to {
			continue
		}
		// "pledged $1bn to help rebuild …": the purpose of a quantity, not a commitment of its own
		for _, q := range a.quants {
			if q.kind != news.KindSupport && q.start >= m.start && q.end <= to {
				return frame{}, false
			}
		}
		if m.class == cTrigger || m.class == cDeliveryPast {
			f, ok := a.subjectFrame(m, s)
			if ok {
				f.rule = ruleSupport
				f.anchor = span{m.start, k + 1}
			}
			return f, ok
		}
		// a noun or adjective cue: the actor is right before it ("Washington's willingness", "Trump's pledge")
		f, ok := a.subjectFrame(m, s)
		if !ok {
			return frame{}, false
		}
		// the actor owns the cue: "Washington's willingness", "Trump's pledge",
		// "the U.S. has conveyed its willingness"
		gap := span{f.actors[len(f.actors)-1].end, m.start}
		if gap.end-gap.start > 4 && !a.hasPossessiveDeterminer(gap) {
			return frame{}, false
		}
		f.rule = ruleNoun
		f.conf = 0.75
		f.anchor = span{m.start, k + 1}
		return f, true
	}
	return frame{}, false
}

// hasPossessiveDeterminer reports whether "its", "their", "his" or "her"
// lies in sp.
func (a *analysis) hasPossessiveDeterminer(sp span) bool {
	for k := sp.start; k < sp.end; k++ {
		switch a.toks[k].lower {
		case "its", "their", "his", "her":
			return true
		}
	}
	return false
}

// status decides the status of a commitment from the cues in f.window.
func (a *analysis) status(f frame) (news.Status, string) {
	w := f.window
	var considering, delivered string
	for k := w.start; k < w.end && k < len(a.toks); k++ {
		for _, m := range a.ann[k] {
			if m.end > w.end+3 {
				continue
			}
			cue := a.text[a.toks[m.start].start:a.toks[m.end-1].end]
			switch m.class {
			case cDeclined:
				return news.StatusDeclined, cue
			case cConsidering:
				if considering == "" {
					considering = cue
				}
			case cDelivered:
				if delivered == "" {
					delivered = cue
				}
			}
		}
		// "since 2022", "since February 2022"
		if a.toks[k].lower == "since" && k+2 < len(a.toks) && (isYear(a.toks[k+1]) || isYear(a.toks[k+2])) && delivered == "" {
			delivered = "since"
		}
	}
	if considering != "" {
		return news.StatusConsidering, considering
	}
	if delivered != "" {
		return news.StatusDelivered, delivered
	}
	// a past form of a verb of handing over, active or perfect: "Germany sent", "has provided"
	anchor := f.anchor.start
	if m, ok := a.longest(anchor, len(a.toks), cDeliveryPast); ok {
		prev := anchor - 1
		for prev > w.start && (strings.HasSuffix(a.toks[prev].lower, "ly") || a.toks[prev].lower == "also" || a.toks[prev].lower == "already" || a.toks[prev].lower == "now") {
			prev--
		}
		switch {
		case f.rule == rulePassive:
			if prev >= 0 && a.has(prev, cPassiveAux) && a.toks[prev].lower != "be" && a.toks[prev].lower != "being" && a.toks[prev].lower != "is" && a.toks[prev].lower != "are" {
				return news.StatusDelivered, a.toks[prev].text + " " + a.toks[m.start].text
			}
		case prev >= 0 && a.has(prev, cPerfectAux):
			return news.StatusDelivered, a.toks[prev].text + " " + a.toks[m.start].text
		case len(f.actors) > 0 && a.toks[m.start].lower != "given" && !a.irrealis(f.actors[len(f.actors)-1].end, anchor):
			return news.StatusDelivered, a.toks[m.start].text
		}
	}
	return news.StatusPledged, ""
}

// irrealis reports whether a modal, a future or an infinitive marker lies
// in [from, to): "will send", "plans to send", "could have sent" are not
// deliveries.
func (a *analysis) irrealis(from, to int) bool {
	for k := max(0, from); k < to; k++ {
		if a.has(k, cIrrealis, cConsidering, cDeclined) {
			return true
		}
	}
	return false
}

func isYear(t token) bool {
	if t.kind != tNum || len(t.text) != 4 {
		return false
	}
	return (t.text[0] == '1' && t.text[1] == '9') || (t.text[0] == '2' && t.text[1] == '0')
}

// commitment builds one commitment of actor am from frame f and quantity q.
func (e *Extractor) commitment(a *analysis, f frame, q quantity, am actorMention, item string) news.Commitment {
	s := a.sents[q.sent]
	start, end := a.toks[s.start].start, a.toks[s.end-1].end
	c := news.Commitment{
		Actor:    am.code,
		Kind:     q.kind,
		Evidence: a.text[start:end],
		Start:    start,
		End:      end,
	}
	conf := f.conf
	rules := []string{f.rule, "kind." + string(q.kind)}
	if f.anchor.end > f.anchor.start {
		rules = append(rules, "anchor."+strings.ToLower(a.text[a.toks[f.anchor.start].start:a.toks[f.anchor.end-1].end]))
	}
	switch q.kind {
	case news.KindTroops:
		if q.num != nil {
			c.Troops = news.Int64(int64(math.Round(q.num.value)))
			c.Qualifier = q.num.qualifier
		} else {
			conf -= 0.05
		}
	case news.KindMoney:
		c.Amount = news.Float64(q.num.value)
		c.Qualifier = q.num.qualifier
		c.Currency = q.currency
		// a lone "$" is read as USD; unless the text backs that (a US
		// committer, an explicit USD amount or phrase, a US dateline) the
		// currency is a guess and goes to review
		if q.bareDollar && !a.usdContext && am.code != "US" {
			conf = min(conf, 0.55)
			rules = append(rules, "currency.bare-dollar")
		}
		if c.Currency == "" {
			c.Currency = e.resolveCurrency(am.code, q.candidates)
			if c.Currency == "" {
				conf -= 0.3
				rules = append(rules, "currency.unresolved")
			}
		}
	case news.KindEquipment:
		c.Item = item
		if q.num != nil {
			c.Count = news.Int64(int64(math.Round(q.num.value)))
			c.Qualifier = q.num.qualifier
		} else {
			conf -= 0.05
		}
	case news.KindSupport:
		c.Item = item
	}
	// a resolved pronoun confirmed by a demonym in the phrase itself:
	// "he ruled out deploying American ground troops"
	if f.rule == rulePronoun {
		for k := q.start; k < q.end; k++ {
			if m, ok := a.longest(k, q.end, cDemonym); ok && m.value == am.code {
				conf = max(conf, 0.75)
				rules = append(rules, "actor.confirmed-by-demonym")
			}
		}
	}
	st, cue := a.status(f)
	c.Status = st
	if cue != "" {
		rules = append(rules, "status."+string(st)+":"+strings.ToLower(cue))
	}
	c.Recipient = a.recipient(f, s)
	if strings.HasPrefix(am.code, "group:") {
		conf = min(conf, 0.5)
	}
	c.Confidence = math.Round(max(0.05, min(0.95, conf))*100) / 100
	c.Rules = rules
	return c
}

// resolveCurrency picks the candidate that is the actor's own currency
// ("kroner" from Norway is NOK); "" when none is.
func (e *Extractor) resolveCurrency(actor string, candidates []string) string {
	own := e.actorCurrency[actor]
	for _, c := range candidates {
		if c == own {
			return c
		}
	}
	return ""
}

// recipient returns the country the commitment goes to: the first country
// after the anchor, in the same clause, that follows "to", "for", "into",
// "across", "toward(s)" or is the direct object of a verb ("protect Kyiv",
// "provide Ukraine with"), and is not one of the actors; else "".
func (a *analysis) recipient(f frame, s span) string {
	for _, am := range a.actorsOf(s) {
		if am.start < f.anchor.end || am.end > s.end || am.cls == cGroup || len(am.code) != 2 {
			continue
		}
		broken := false
		for k := f.anchor.end; k < am.start; k++ {
			if a.has(k, cClauseBreak) || a.toks[k].text == ";" {
				broken = true
			}
		}
		if broken {
			return ""
		}
		own := false
		for _, x := range f.actors {
			if x.code == am.code {
				own = true
			}
		}
		if own {
			continue
		}
		p := am.start - 1
		for p > f.anchor.start && a.toks[p].lower == "the" {
			p--
		}
		switch a.toks[p].lower {
		case "to", "for", "into", "across", "toward", "towards", "in":
			return am.code
		}
		if p < f.anchor.end || a.has(p, cTrigger, cDeliveryPast, cSupportVerb) {
			return am.code
		}
	}
	return ""
}
