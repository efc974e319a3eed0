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
	// forced, when set, is the status whatever the cues say.
	forced news.Status
	// anaphor is the token range of the pronoun or definite description
	// ("it", "the Government") that stands for the actors; empty when the
	// actors are named.
	anaphor span
	// to, when set, is the recipient whatever the clause says: the
	// trainees' country of "train Ukrainian recruits".
	to string
}

// Rule ids reported in news.Commitment.Rules.
const (
	ruleList     = "frame.list"
	ruleActive   = "frame.active"
	rulePassive  = "frame.passive"
	ruleNoun     = "frame.noun"
	rulePronoun  = "frame.pronoun"
	ruleSupport  = "frame.to-support"
	ruleGapped   = "frame.gapped"
	rulePresence = "frame.presence"
	ruleBullet   = "frame.bullet"
)

// commitments turns the analysis into commitments.
func (e *Extractor) commitments(a *analysis) []news.Commitment {
	// scratch memory of the analysis; the result is copied out at the end
	out := a.outBuf[:0]
	order := a.orderBuf[:0] // token index of each commitment's quantity
	a.spanBuf = a.spanBuf[:0]
	defer func() {
		clear(out[:cap(out)]) // drop references to this text's strings
		a.outBuf, a.orderBuf = out[:0], order[:0]
	}()
	// one commitment per actor, kind, value and sentence
	type key struct {
		actor, item string
		kind        news.Kind
		status      news.Status
		value       float64
		start       int
	}
	var seen []key // few per text: a linear scan beats a map
	emit := func(f frame, q quantity, item string) {
		if a.notCommitted(f, q) {
			return
		}
		for _, am := range f.actors {
			c := e.commitment(a, f, q, am, item)
			k := key{actor: c.Actor, item: c.Item + c.Currency, kind: c.Kind, status: c.Status, value: -1, start: c.Start}
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
	a.civilianTeams()
	for _, q := range a.quants {
		if q.kind == news.KindSupport {
			continue
		}
		if q.prepped && q.num == nil || q.conversion {
			continue
		}
		if f, ok := a.frameFor(q); ok {
			if q.kind == news.KindTroops && a.domestic(f, q) {
				continue // "deploy 2,000 police officers to secure the summit in Berlin"
			}
			emit(f, q, q.item)
			// "…, bringing its contingent to about 300": the new total
			if total, ok := a.bringingTo(q); ok {
				g := f
				g.forced = news.StatusPledged
				g.conf -= 0.1
				emit(g, total, q.item)
			}
			// "to 2,200 troops, up from about 1,900 today": the earlier
			// level was delivered
			if p, ok := a.upFrom(q); ok {
				was := q
				was.num, was.span = &p, span{p.start, p.end}
				f.forced = news.StatusDelivered
				f.conf -= 0.1
				emit(f, was, q.item)
			}
		}
	}
	unquantified := a.moneyNounFrames(emit, out)
	a.supportFrames(emit, unquantified)
	out, order = dropVagueTroops(out, order)
	out, order = dropRepeats(out, order)
	documentRecipient(out)
	// text order: by sentence, then by the position of what is committed
	sort.Stable(byEvidence{out, order})
	if len(out) == 0 {
		return nil
	}
	res := slices.Clone(out)
	// the spans point into scratch memory: copy them to one block
	n := 0
	for _, c := range res {
		if c.ActorSpan != nil {
			n++
		}
		if c.ValueSpan != nil {
			n++
		}
	}
	spans := make([][2]int, 0, n)
	own := func(p **[2]int) {
		if *p != nil {
			spans = append(spans, **p)
			*p = &spans[len(spans)-1]
		}
	}
	for i := range res {
		own(&res[i].ActorSpan)
		own(&res[i].ValueSpan)
	}
	return res
}

// notCommitted reports whether a frame is a recommendation ("X should
// send …", a modal between the actor and its verb) or sits in a
// hypothetical sentence ("… come from a war-game scenario").
func (a *analysis) notCommitted(f frame, q quantity) bool {
	if len(f.actors) > 0 {
		// right after the actor: "Norway should send", not a relative
		// clause ("Germany, which argued how it should respond, pledged")
		last := f.actors[len(f.actors)-1].end
		for k := max(0, last); k < f.anchor.start && k < last+4 && k < len(a.toks); k++ {
			if a.has(k, cRecommend) {
				return true
			}
		}
	}
	if q.sent >= 0 && q.sent < len(a.sents) {
		s := a.sents[q.sent]
		for k := s.start; k < s.end; k++ {
			if a.has(k, cHypothetical) {
				return true
			}
		}
	}
	return false
}

// dropVagueTroops drops troops without a number when the same actor has
// troops with a number in the same sentence: "has sent 24 soldiers and
// police officers" is one commitment.
func dropVagueTroops(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	n := 0
	for i, c := range cs {
		if c.Kind == news.KindTroops && c.Troops == nil && slices.ContainsFunc(cs, func(o news.Commitment) bool {
			return o.Kind == news.KindTroops && o.Troops != nil && o.Actor == c.Actor && o.Start == c.Start && o.Status == c.Status
		}) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// dropRepeats keeps one commitment of each actor, kind, stated value and
// status per text: a headline, a summary and the body often repeat the
// same pledge ("Norway increases support: NOK 3.5 billion" … "The
// Government is today announcing NOK 3.5 billion"). The one with the
// higher confidence stays (the earlier on a tie).
func dropRepeats(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	same := func(x, y news.Commitment) bool {
		if x.Actor != y.Actor || x.Kind != y.Kind || x.Status != y.Status || x.Currency != y.Currency {
			return false
		}
		switch {
		case x.Troops != nil && y.Troops != nil:
			return *x.Troops == *y.Troops
		case x.Amount != nil && y.Amount != nil:
			return *x.Amount == *y.Amount
		case x.Count != nil && y.Count != nil:
			return *x.Count == *y.Count && x.Item == y.Item
		}
		return false
	}
	drop := make([]bool, len(cs))
	for i := range cs {
		for j := range cs {
			if i != j && !drop[j] && cs[i].Start != cs[j].Start && same(cs[i], cs[j]) &&
				(cs[j].Confidence > cs[i].Confidence || cs[j].Confidence == cs[i].Confidence && cs[j].Start < cs[i].Start) {
				drop[i] = true
				break
			}
		}
	}
	n := 0
	for i, c := range cs {
		if !drop[i] {
			cs[n], order[n] = c, order[i]
			n++
		}
	}
	return cs[:n], order[:n]
}

// ruleRecipientDoc marks a recipient taken from the rest of the document.
const ruleRecipientDoc = "recipient.document"

// documentRecipient gives the commitments without a recipient of their
// own the document's dominant recipient: the country that the text's
// commitment frames name as recipient most often, and for at least half
// of the commitments that name one ("Poland: 2,500 troops" in an article
// about aid to Ukraine; not in a report on deployments to five countries).
// A tie, or no recipient at all, leaves them empty; an actor is never its
// own recipient.
func documentRecipient(cs []news.Commitment) {
	var best string
	bestN, total, tie := 0, 0, false
	for i, c := range cs {
		if c.Recipient != "" {
			total++
		}
		if c.Recipient == "" || slices.ContainsFunc(cs[:i], func(o news.Commitment) bool { return o.Recipient == c.Recipient }) {
			continue // counted at its first commitment
		}
		n := 0
		for _, o := range cs[i:] {
			if o.Recipient == c.Recipient {
				n++
			}
		}
		switch {
		case n > bestN:
			best, bestN, tie = c.Recipient, n, false
		case n == bestN:
			tie = true
		}
	}
	if best == "" || tie || 2*bestN < total {
		return
	}
	for i := range cs {
		if c := &cs[i]; c.Recipient == "" && c.Actor != best {
			c.Recipient = best
			c.Rules = append(c.Rules, ruleRecipientDoc)
		}
	}
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
	if f, ok := a.bulletFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.passiveFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.possessiveFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.nounFrame(q, s); ok {
		return f, true
	}
	if f, ok := a.presenceFrame(q, s); ok {
		return f, true
	}
	if _, near := a.triggerBefore(q.start, s, 8); !near {
		if f, ok := a.relativeFrame(q, s); ok {
			return f, true
		}
	}
	t, ok := a.triggerBefore(q.start, s, 20)
	far := false
	if !ok {
		// a long enumeration after one verb: "announced NZ$16 million: NZ$7.5
		// million for …, NZ$5m for … and NZ$3.5 million …"
		if t, ok = a.triggerBefore(q.start, s, 45); ok && (q.num == nil || !a.enumerated(t.end, q)) {
			ok = false
		}
		far = true
	}
	if ok {
		if f, ok := a.gappedFrame(t, q, s); ok && !far {
			return f, true
		}
		if f, ok := a.subjectFrame(t, s); ok {
			f.window = span{f.window.start, min(s.end, q.end+3)}
			if q.start-t.end > 10 {
				f.conf -= 0.05
			}
			if far {
				f.conf -= 0.1
			}
			return f, true
		}
	}
	return a.requestFrame(q, s)
}

// requestFrame reads a refused request: "Germany has rejected requests
// for Taurus missiles", "Austria turned down Kyiv's request for 200
// soldiers". The subject of the refusal declined what was asked for.
func (a *analysis) requestFrame(q quantity, s span) (frame, bool) {
	k := q.start - 1
	for k > s.start && q.start-k <= 3 && a.lw(k) != "for" && a.toks[k].kind == tWord {
		k-- // "for more", "for further"
	}
	if k <= s.start || a.lw(k) != "for" || !a.has(k-1, cRequestNoun) {
		return frame{}, false
	}
	// the verb of refusal before the noun, past a determiner or an owner ("a", "Kyiv's")
	for j := k - 2; j >= s.start && k-1-j <= 4; j-- {
		m, ok := a.longest(j, k-1, cDeclined)
		if !ok {
			if a.toks[j].kind == tPunct && a.tx(j) != "'" && a.tx(j) != "’" {
				break
			}
			continue
		}
		f, ok := a.subjectFrame(m, s)
		if !ok {
			return frame{}, false
		}
		f.window = span{f.window.start, q.end}
		f.forced = news.StatusDeclined
		f.conf -= 0.05
		return f, true
	}
	return frame{}, false
}

// enumerated reports whether q continues an enumeration of quantities of
// its kind that starts after token from: at least one quantity of the same
// kind lies between, and no sentence-internal break (";") or other verb of
// commitment.
func (a *analysis) enumerated(from int, q quantity) bool {
	n := 0
	for _, o := range a.quants {
		if o.sent == q.sent && o.start >= from && o.end <= q.start && o.kind == q.kind {
			n++
		}
	}
	if n == 0 {
		return false
	}
	for k := from; k < q.start; k++ {
		if a.tx(k) == ";" || a.has(k, cTrigger, cDeliveryPast) {
			return false
		}
	}
	return true
}

// enumStart returns where the enumeration of counted items of q's kind
// that ends with q starts: "25 gas turbines, 172 transformers and 40
// generators" (items joined by commas, "and", "as well as", "plus").
func (a *analysis) enumStart(q quantity) int {
	start := q.start
	for i := len(a.quants) - 1; i >= 0; i-- {
		o := a.quants[i]
		if o.sent != q.sent || o.end > start || o.kind != q.kind {
			continue
		}
		for k := o.end; k < start; k++ {
			switch a.lw(k) {
			case ",", "and", "as", "well", "plus", "more", "then", "than", "over", "some", "about", "around":
				continue
			}
			return start
		}
		start = o.start
	}
	return start
}

// presenceFrame matches troops that name their country and are followed
// by where they are or what they will do, with no committer before them:
// "Some 1,700 German soldiers are already stationed there", "An Italian
// contingent of 1,100 soldiers is already in Lebanon", "about 900 British
// troops will deploy to Estonia", "10,000 US troops stationed in Poland".
// "X has N troops in|stationed …" is handled as a frame on "has".
func (a *analysis) presenceFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	if f, ok := a.holdingFrame(q, s); ok {
		return f, true
	}
	var owner *match
	for k := q.start; k < q.end && owner == nil; k++ {
		for _, m := range a.ann[k] {
			if (m.class == cDemonym || m.class == cCountry) && m.end <= q.end && len(m.value) == 2 {
				owner = &m
				break
			}
		}
	}
	// "Guatemala's 150 soldiers arrived"
	if p := q.start - 2; owner == nil && p-1 >= s.start && isApostropheText(a.tx(p)) && a.lw(p+1) == "s" {
		if n := a.actorEndingAt(p-1, s); n >= 0 && len(a.actors[n].code) == 2 {
			owner = &match{start: a.actors[n].start, end: a.actors[n].end, entry: &entry{class: a.actors[n].cls, value: a.actors[n].code}}
		}
	}
	if owner == nil {
		return frame{}, false
	}
	k := q.end
	for k < s.end && (a.has(k, cSubjectFollower) && !a.has(k, cPerfectAux, cPassiveAux, cIrrealis) || strings.HasSuffix(a.lw(k), "ly") && a.toks[k].kind == tWord) {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	am := actorMention{span: span{owner.start, owner.end}, code: owner.value, cls: owner.class, sent: q.sent}
	mk := func(anchor span, conf float64) (frame, bool) {
		return frame{actors: []actorMention{am}, anchor: anchor, rule: rulePresence, window: span{q.start, anchor.end}, conf: conf}, true
	}
	// "stationed in", "based at", "serving with"
	if m, ok := a.longest(k, s.end, cPresence); ok {
		return mk(span{m.start, m.end}, 0.65)
	}
	// "will deploy", "are deployed", "have arrived", "is already in"
	j := k
	for j < s.end && j < k+4 && (a.has(j, cPerfectAux, cPassiveAux, cIrrealis, cSubjectFollower) || strings.HasSuffix(a.lw(j), "ly")) {
		j++
	}
	if j == k || j >= s.end {
		return frame{}, false
	}
	if m, ok := a.longest(j, s.end, cTrigger, cDeliveryPast, cPresence); ok {
		return mk(span{m.start, m.end}, 0.65)
	}
	if a.has(k, cPassiveAux) && (a.lw(j) == "in" || a.lw(j) == "at" || a.lw(j) == "with" || a.lw(j) == "on") {
		f, ok := mk(span{j - 1, j}, 0.6)
		f.window = span{q.start, j}
		return f, ok
	}
	return frame{}, false
}

// relativeFrame matches a quantity followed by a relative clause whose
// subject commits it: "the $12bn it has already disbursed", "the €3.5bn
// the Dutch cabinet has reserved for Ukraine", "the 40 tanks that Germany
// sent".
func (a *analysis) relativeFrame(q quantity, s span) (frame, bool) {
	k := q.end
	if k < s.end && (a.lw(k) == "that" || a.lw(k) == "which") {
		k++
	}
	if k < s.end && a.lw(k) == "the" {
		k++
	}
	if k >= s.end {
		return frame{}, false
	}
	var subj int
	if n := a.actorEndingAt(k, s); n >= 0 && a.actors[n].start == k {
		subj = a.actors[n].end
	} else if a.has(k, cPronoun) {
		subj = k + 1
	} else {
		return frame{}, false
	}
	j := subj
	for j < s.end && j < subj+4 && (a.has(j, cPerfectAux, cSubjectFollower, cIrrealis) || strings.HasSuffix(a.lw(j), "ly")) {
		j++
	}
	t, ok := a.longest(j, s.end, cTrigger, cDeliveryPast)
	if !ok || j == subj && a.toks[j].kind != tWord {
		return frame{}, false
	}
	f, ok := a.subjectFrame(t, s)
	if !ok || f.rule == ruleActive && f.actors[len(f.actors)-1].start != k {
		return frame{}, false
	}
	f.window = span{q.start, t.end}
	f.conf = min(f.conf, 0.7)
	return f, true
}

// holdingFrame matches "X has N troops in …", "X, which has about 1,000
// soldiers in UNIFIL", "France already has 1,000 troops stationed at
// Cincu": troops held abroad, delivered.
func (a *analysis) holdingFrame(q quantity, s span) (frame, bool) {
	h := q.start - 1
	for h > s.start && (a.has(h, cSubjectFollower) && !a.has(h, cPerfectAux) || a.lw(h) == "now") {
		h--
	}
	if h <= s.start || !a.has(h, cPerfectAux) || q.num == nil {
		return frame{}, false
	}
	k := q.end
	if m, ok := a.longest(k, s.end, cPresence); ok {
		k = m.end
	}
	if k >= s.end {
		return frame{}, false
	}
	switch a.lw(k) {
	case "in", "at", "with", "on":
	default:
		return frame{}, false
	}
	f, ok := a.subjectFrame(match{start: h, end: h + 1}, s)
	if !ok || f.rule != ruleActive {
		return frame{}, false
	}
	f.rule = rulePresence
	f.conf = 0.7
	f.window = span{f.window.start, q.end}
	return f, true
}

// bringingTo returns the total after "bringing its contingent to" (also
// "brings", "taking", "raising" … "to") that follows quantity q in its
// sentence: "will send 50 more soldiers, bringing its contingent to about
// 300". The total includes the new pledge.
func (a *analysis) bringingTo(q quantity) (quantity, bool) {
	s := a.sents[q.sent]
	if q.num == nil {
		return quantity{}, false
	}
	for k := q.end; k < s.end && k < q.end+6; k++ {
		switch a.lw(k) {
		case "bringing", "brings", "taking", "takes", "raising", "raises", "lifting", "lifts":
		default:
			if a.has(k, cClauseBreak) {
				return quantity{}, false
			}
			continue
		}
		for j := k + 1; j+1 < s.end && j < k+6; j++ {
			if a.lw(j) != "to" {
				continue
			}
			for _, o := range a.quants {
				if o.start == j+1 && o.kind == q.kind && o.num != nil && o.num.value > q.num.value && o.currency == q.currency {
					return o, true
				}
			}
			if q.kind == news.KindTroops {
				for _, p := range a.numbers {
					if p.start == j+1 && p.value > q.num.value && !a.isYear(p.start) {
						t := q
						t.num, t.span = newNum(p), span{p.start, p.end}
						return t, true
					}
				}
			}
			return quantity{}, false
		}
		return quantity{}, false
	}
	return quantity{}, false
}

// domestic reports whether troops q of frame f go to the committer's own
// country: the first place named after the troops, in the same clause, is
// of the committer's country ("Germany will deploy 2,000 police officers to secure the summit
// in Berlin"). A country's forces at home are not a commitment.
func (a *analysis) domestic(f frame, q quantity) bool {
	if len(f.actors) != 1 || len(f.actors[0].code) != 2 {
		return false
	}
	s := a.sents[q.sent]
	from := max(f.anchor.end, q.end)
	for _, am := range a.actorsOf(s) {
		if am.start < from || am.cls == cDemonym || len(am.code) != 2 {
			continue
		}
		for k := from; k < am.start; k++ {
			if a.has(k, cReporting, cClauseBreak) || a.tx(k) == ";" {
				return false // another clause: "…, the minister said in Rome"
			}
		}
		if a.locatedAt(am.start, s) {
			// the first place named is where the troops go
			return am.code == f.actors[0].code && am.start-q.end <= 12
		}
	}
	return false
}

// upFrom returns the number after "up from" that follows quantity q ("to
// 2,200 troops, up from about 1,900"): the level before the commitment.
func (a *analysis) upFrom(q quantity) (numPhrase, bool) {
	s := a.sents[q.sent]
	if q.num == nil {
		return numPhrase{}, false
	}
	// "…, up from", "… by 2026, up from"
	k := q.end
	for k+2 < s.end && k < q.end+5 && !(a.lw(k) == "up" && a.lw(k+1) == "from") {
		if a.has(k, cClauseBreak, cTrigger) {
			return numPhrase{}, false
		}
		k++
	}
	if k+2 >= s.end || a.lw(k) != "up" || a.lw(k+1) != "from" {
		return numPhrase{}, false
	}
	for _, p := range a.numbers {
		if p.start == k+2 && p.value > 0 && p.value < q.num.value*10 {
			return p, true
		}
	}
	return numPhrase{}, false
}

// possessiveFrame matches an owner before the quantity and a commitment
// noun after it: "Germany's €1bn pledge", "the EU's €50 billion aid package".
func (a *analysis) possessiveFrame(q quantity, s span) (frame, bool) {
	p := q.start - 2
	if p-1 < s.start || !isApostropheText(a.tx(p)) || a.lw(p+1) != "s" {
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

// nounFrame matches an owner, a commitment noun and a link before the
// quantity, with no verb of commitment: "Australia's contribution
// includes 49 Abrams tanks", "Japan's package of $1.2bn", "the Danish
// package, worth DKK 1.7 billion". The owner is a possessive actor or a
// demonym; quantities coordinated after the first share the frame.
func (a *analysis) nounFrame(q quantity, s span) (frame, bool) {
	k := q.start - 1
	mods := 0
	for steps := 0; k >= s.start && steps < 12; steps++ {
		if m, ok := a.triggerNounEndingAt(k, s); ok {
			return a.nounOwner(m, q, s)
		}
		tx := a.tx(k)
		switch {
		case a.has(k, cNounLink) || tx == "," || tx == "(" || tx == "–" || tx == "—" || tx == ":":
			k--
		case a.isModifier(k) && mods < 2:
			mods++
			k--
		case a.lw(k) == "and" || a.lw(k) == "plus":
			k--
		default:
			// skip a quantity coordinated before this one
			jumped := false
			for _, o := range a.quants {
				if o.sent == q.sent && o.end == k+1 && o.start < q.start {
					k, jumped = o.start-1, true
					break
				}
			}
			if !jumped {
				return frame{}, false
			}
		}
	}
	return frame{}, false
}

// triggerNounEndingAt returns a commitment noun that ends at token k.
func (a *analysis) triggerNounEndingAt(k int, s span) (match, bool) {
	for j := k; j >= s.start && j > k-3; j-- {
		for _, m := range a.ann[j] {
			if m.class == cTriggerNoun && m.end == k+1 {
				return m, true
			}
		}
	}
	return match{}, false
}

// nounOwner finds the owner of the commitment noun m: "Australia's
// (latest) contribution", "the Danish (aid) package".
func (a *analysis) nounOwner(m match, q quantity, s span) (frame, bool) {
	p := m.start - 1
	for n := 0; n < 2 && p >= s.start && a.isModifier(p) && !a.has(p, cDemonym) && !(a.lw(p) == "s" && p > s.start && isApostropheText(a.tx(p-1))); n++ {
		p--
	}
	if p < s.start {
		return frame{}, false
	}
	win := func(start int) span { return span{start, min(s.end, q.end+3)} }
	if p-1 >= s.start && isApostropheText(a.tx(p-1)) && a.lw(p) == "s" {
		n := a.actorEndingAt(p-2, s)
		if n < 0 || a.actors[n].end != p-1 || a.actors[n].cls == cGroup && !strings.HasPrefix(a.actors[n].code, "group:") {
			return frame{}, false
		}
		am := a.actors[n]
		return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNoun, window: win(am.start), conf: 0.75}, true
	}
	for j := p; j >= s.start && j > p-3; j-- {
		for _, d := range a.ann[j] {
			if d.class == cDemonym && d.end == p+1 {
				am := actorMention{span: span{d.start, d.end}, code: d.value, cls: cDemonym, sent: q.sent}
				return frame{actors: []actorMention{am}, anchor: span{m.start, m.end}, rule: ruleNoun, window: win(d.start), conf: 0.65}, true
			}
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
		if p <= t.end || (a.tx(p) != "," && a.lw(p) != "and") {
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
		case t.kind == tPunct && strings.ContainsAny(a.tx(k), "-•*–—·▪►|"):
			k++
		case t.kind == tNum && k+1 < s.end && (a.tx(k+1) == "." || a.tx(k+1) == ")"):
			k += 2
		default:
			return k
		}
	}
	return -1
}

// bulletFrame matches a bullet line that starts with the quantity and
// names no actor, under a header that ends with a colon ("The package
// includes:" then "- NOK 1.2 billion for air defence"): the committer is
// the last actor named as a subject before the header. A guess: review it.
func (a *analysis) bulletFrame(q quantity, s span) (frame, bool) {
	ls := a.lineStart(s)
	if ls <= s.start || q.start != ls || q.num == nil {
		return frame{}, false
	}
	for _, am := range a.actorsOf(s) {
		if am.start < q.start {
			return frame{}, false
		}
	}
	si := q.sent - 1
	for si >= 0 && a.lineStart(a.sents[si]) > a.sents[si].start {
		si-- // earlier bullets of the same list
	}
	if si < 0 || a.tx(a.sents[si].end-1) != ":" {
		return frame{}, false
	}
	am, ok := a.antecedent(si, 6)
	if !ok {
		return frame{}, false
	}
	colon := a.sents[si].end - 1
	return frame{actors: []actorMention{am}, anchor: span{colon, colon + 1}, rule: ruleBullet, window: span{q.start, q.end}, conf: 0.55}, true
}

// antecedent returns the first subject actor (a country, the EU or NATO)
// of the nearest of sentences si, si-1, … si-n+1 that has one.
func (a *analysis) antecedent(si, n int) (actorMention, bool) {
	for k := si; k >= 0 && k > si-n; k-- {
		for _, am := range a.actorsOf(a.sents[k]) {
			if am.subject && am.cls != cGroup && !strings.HasPrefix(am.code, "group:") {
				return am, true
			}
		}
	}
	return actorMention{}, false
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
	if first == nil || first.end > q.start || q.num == nil && q.kind != news.KindEquipment {
		return frame{}, false
	}
	// only the first quantity of each kind after the marker belongs to the
	// line's actor ("United Kingdom: £1.7bn – for 5 000 missiles")
	conf := 0.8
	enum := q.start
	if q.kind == news.KindEquipment {
		enum = a.enumStart(q)
	}
	for _, o := range a.quants {
		if o.sent == q.sent && o.start >= first.end && o.end <= q.start && o.start < enum && o.kind != news.KindSupport {
			if o.kind == q.kind || q.num == nil {
				return frame{}, false // "Japan: USD34.6 million – transformers" describes the money
			}
			conf = 0.7
		}
	}
	// "Denmark, Sweden and Finland — EUR 10 million each"
	actors := a.listAt(ls, s)
	if len(actors) == 0 || actors[0].start != first.start || actors[len(actors)-1].end > q.start {
		actors = []actorMention{*first}
	}
	last := actors[len(actors)-1]
	marker := -1
	for k := last.end; k < q.start; k++ {
		t, tx := a.toks[k], a.tx(k)
		if a.has(k, cTrigger, cDeliveryPast) {
			return frame{}, false
		}
		if marker < 0 && (tx == ":" || tx == "–" || tx == "—" || tx == "-" && !t.glued || tx == "(") {
			marker = k
		}
	}
	if marker < 0 {
		return frame{}, false
	}
	// the status may follow what is listed, up to the end of its clause:
	// "– EUR 120 million delivered", "– USD 1.2 billion since 2022, …"
	end := q.end
	for end < s.end && end < q.end+8 && !a.has(end, cClauseBreak) {
		if t := a.tx(end); t == "," || t == ";" || t == "–" || t == "—" || t == "|" || t == "(" {
			break
		}
		end++
	}
	return frame{actors: actors, anchor: span{marker, marker + 1}, rule: ruleList, window: span{ls, end}, conf: conf}, true
}

// passiveFrame matches "missiles supplied by the U.S. and Norway",
// "€115bn contributed by the United States": a trigger after the quantity
// followed by "by" and the actors.
func (a *analysis) passiveFrame(q quantity, s span) (frame, bool) {
	for k := q.end; k < min(s.end, q.end+4); k++ {
		t, ok := a.longest(k, s.end, cTrigger, cDeliveryPast)
		if !ok {
			if a.toks[k].kind == tWord && !a.has(k, cPassiveAux) && !strings.HasSuffix(a.lw(k), "ly") {
				return a.agentlessFrame(q, s)
			}
			continue
		}
		by := t.end
		if by >= s.end || a.lw(by) != "by" {
			return a.agentlessFrame(q, s)
		}
		actors := a.listAt(by+1, s)
		if len(actors) == 0 {
			return frame{}, false
		}
		return frame{actors: actors, anchor: span{t.start, t.end}, rule: rulePassive, window: span{q.start, s.end}, conf: 0.8}, true
	}
	return frame{}, false
}

// agentlessFrame matches a passive of handing over without an agent,
// in a sentence whose source is a country: "the 12 aircraft promised in
// May have been handed over, the Dutch defence ministry said". The source
// is taken as the committer, with a confidence below review.
func (a *analysis) agentlessFrame(q quantity, s span) (frame, bool) {
	for k := q.end; k < s.end && k < q.end+8; k++ {
		if a.tx(k) == "," || a.has(k, cClauseBreak, cReporting) {
			return frame{}, false
		}
		if !a.has(k, cPassiveAux) || a.lw(k) == "be" || a.lw(k) == "being" {
			continue
		}
		j := k + 1
		for j < s.end && (a.has(j, cPassiveAux) || strings.HasSuffix(a.lw(j), "ly") || a.lw(j) == "already") {
			j++
		}
		t, ok := a.longest(j, s.end, cDeliveryPast)
		if !ok || t.end < s.end && a.lw(t.end) == "by" {
			return frame{}, false
		}
		for _, am := range a.actorsOf(s) {
			if am.reporter && am.start >= t.end && len(am.code) == 2 {
				return frame{actors: []actorMention{am}, anchor: span{t.start, t.end}, rule: rulePassive,
					window: span{q.start, t.end}, conf: 0.55}, true
			}
		}
		return frame{}, false
	}
	return frame{}, false
}

// listAt returns the coordinated actors starting at token k (after an
// optional "the").
func (a *analysis) listAt(k int, s span) []actorMention {
	if k < s.end && a.lw(k) == "the" {
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
		if t.start > 0 && a.toks[t.start].glued && a.tx(t.start-1) == "-" {
			continue // "a Czech-led initiative", "state-funded": an adjective
		}
		if t.end < s.end {
			switch a.tx(t.end) {
			case ",", ".", ";":
				return match{}, false
			}
			if a.lw(t.end) == "by" {
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
		// "the Government will allocate …" in a text about one country
		if k > s.start && a.lw(k-1) == "the" && a.has(k, cInstitution) && a.actorAt[k] < 0 && t.start-k <= 4 {
			si := a.sentOf(s)
			if am, ok := a.antecedent(si-1, 8); ok && si > 0 {
				f.actors = []actorMention{am}
				f.rule = rulePronoun
				f.conf = 0.55
				f.window = span{k, t.end}
				f.anaphor = span{k - 1, k + 1}
				if m, ok := a.longest(k, t.start, cInstitution); ok {
					f.anaphor.end = m.end
				}
				return f, true
			}
			return frame{}, false
		}
		if a.has(k, cPronoun) && t.start-k <= 6 {
			if actors, ok := a.resolvePronoun(k, s); ok {
				am := actors[0]
				f.actors = actors
				f.rule = rulePronoun
				f.conf = 0.55 // a resolved pronoun is a guess: review it
				if am.far {
					f.conf = 0.5
				}
				if am.start >= s.start && am.reporter && (k-am.end <= 3 || am.start > k) {
					f.conf = 0.75 // "the Netherlands said it would supply …", "“We will …,” Paris said"
				}
				f.window = span{k, t.end}
				f.anaphor = span{k, k + 1}
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
	w := a.lw(k)
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
	// "the Netherlands said it would give …": the reporter right before;
	// a named lender or fund keeps its own pronoun ("the EBRD said it
	// could lend …" is the EBRD's, not the country's before it)
	if !personal {
		for _, am := range a.actorsOf(s) {
			if am.reporter && am.end <= k && k-am.end <= 3 && (am.cls != cGroup || plural || w == "it") {
				if k-am.end == 1 || a.tx(am.end) == "," && k-am.end == 2 || a.has(am.end, cReporting) {
					return []actorMention{am}, true
				}
			}
		}
	}
	// "We are committing …," the British minister said: the speaker
	if w == "we" || w == "i" {
		for _, am := range a.actorsOf(s) {
			if am.start > k && am.reporter {
				return []actorMention{am}, true
			}
		}
	}
	if list, ok := pick(s, k); ok {
		return list, true
	}
	si := a.sentOf(s)
	if si <= 0 {
		return nil, false
	}
	prev := a.sents[si-1]
	if list, ok := pick(prev, prev.end); ok {
		return list, true
	}
	// across paragraphs: the last country named as a subject in the
	// sentences before ("Japan …" then, after a paragraph about others,
	// "it will send …"); a guess that goes to review
	if plural {
		return nil, false
	}
	// (a subject first; else the last country named other than as a
	// place: "the NZDF deployment")
	for pass := 0; pass < 2; pass++ {
		for sj := si - 2; sj >= 0 && sj >= si-farBack; sj-- {
			actors := a.actorsOf(a.sents[sj])
			for n := len(actors) - 1; n >= 0; n-- {
				am := actors[n]
				if len(am.code) != 2 || am.cls == cGroup {
					continue
				}
				if pass == 0 && (am.subject || am.reporter) || pass == 1 && !a.afterPrep(am.start) {
					am.far = true
					return []actorMention{am}, true
				}
			}
		}
	}
	return nil, false
}

// afterPrep reports whether the mention starting at token k follows a
// preposition ("in the UK", "by New Zealand instructors").
func (a *analysis) afterPrep(k int) bool {
	if k > 0 && a.lw(k-1) == "the" {
		k--
	}
	return k > 0 && a.has(k-1, cLocPrep)
}

// farBack is how many sentences back a pronoun or a definite description
// ("the country") looks for the actor it stands for.
const farBack = 8

func (a *analysis) sentOf(s span) int {
	i := sort.Search(len(a.sents), func(i int) bool { return a.sents[i].end > s.start })
	if i < len(a.sents) && a.sents[i] == s {
		return i
	}
	return -1
}

// moneyNounFrames finds money pledged, considered or declined without an
// amount: a money noun as the object of a verb ("could make a further
// contribution", "is expected to announce its contribution", "would not
// make a new pledge", "ready to contribute to a reconstruction fund"),
// when the sentence gives that actor no amount. It returns the spans it
// used, so that their words are not read again as support.
func (a *analysis) moneyNounFrames(emit func(frame, quantity, string), done []news.Commitment) []span {
	var used []span
	si := 0
	for _, m := range a.all { // in token order: cheaper than asking every token
		if m.class != cMoneyNoun {
			continue
		}
		for si < len(a.sents) && a.sents[si].end <= m.start {
			si++
		}
		if si >= len(a.sents) {
			break
		}
		s := a.sents[si]
		k := m.start
		if k == s.start || m.end > s.end || len(used) > 0 && used[len(used)-1].end > k {
			continue
		}
		// what follows is not an amount or a purpose: "pledge of €1bn", "pledge to protect"
		if m.end < s.end && (a.lw(m.end) == "of" || a.lw(m.end) == "to" || a.toks[m.end].kind == tNum || a.has(m.end, cCurPrefix, cCurCode)) {
			continue
		}
		v := k - 1
		for n := 0; v > s.start && n < 5 && (a.isJoiner(v) || a.toks[v].kind == tWord && a.actorAt[v] < 0 &&
			!a.has(v, cTrigger, cMakeVerb, cClauseBreak, cLocPrep, cReporting)); n++ {
			v--
		}
		if v > s.start && a.lw(v) == "to" && a.has(v-1, cTrigger) {
			v-- // "contribute to a … fund"
		}
		if !a.has(v, cTrigger, cMakeVerb) {
			continue
		}
		f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
		if !ok {
			continue
		}
		f.window = span{f.window.start, m.end}
		f.conf -= 0.05
		var actors []actorMention
		for _, am := range f.actors {
			// an amount of the same actor in the sentence says it all
			if !slices.ContainsFunc(done, func(c news.Commitment) bool {
				return c.Actor == am.code && c.Kind == news.KindMoney && c.Start == a.toks[s.start].start
			}) {
				actors = append(actors, am)
			}
		}
		if len(actors) == 0 {
			continue
		}
		f.actors = actors
		q := quantity{span: span{m.start, m.end}, kind: news.KindMoney, sent: si}
		emit(f, q, a.text[a.toks[m.start].start:a.toks[m.end-1].end])
		used = append(used, span{v, m.end})
	}
	return used
}

// supportFrames finds commitments of kind support: a support noun in the
// object of a trigger ("has promised air support"), or "to" + a support
// verb after a trigger or cue ("pledge to protect Kyiv", "willingness to
// support the plan").
func (a *analysis) supportFrames(emit func(frame, quantity, string), skip []span) {
	toks := a.toks
	covered := map[int]bool{} // support-verb tokens already used
	consumed := a.mainSupportFrames(emit, covered)
	for _, q := range a.quants {
		if q.kind != news.KindSupport || q.prepped || consumed[q.start] {
			continue
		}
		if slices.ContainsFunc(skip, func(sp span) bool { return q.start >= sp.start && q.end <= sp.end }) {
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
			// "provide engineers and demining teams": coordinated objects share the verb
			if o.sent == q.sent && o.kind != news.KindSupport && o.start >= t.end && o.end <= q.start && !o.prepped &&
				!(o.end+1 == q.start && a.lw(o.end) == "and") {
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
			if !a.has(k, cSupportVerb) || a.lw(k-1) != "to" || covered[k] {
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

// civilianTeams turns troops that are civilian experts or rescuers into
// support without a number: "a disaster relief expert team of eight
// persons", "a team of 12 civilian experts" (dev2 conventions).
func (a *analysis) civilianTeams() {
	for i := range a.quants {
		q := &a.quants[i]
		if q.kind != news.KindTroops {
			continue
		}
		s := a.sents[q.sent]
		// "a team of 12 civilian experts"
		for k := q.end; k < s.end && k < q.end+2 && a.toks[k].kind == tWord; k++ {
			if a.has(k, cCivilian) {
				q.kind, q.num = news.KindSupport, nil
				break
			}
		}
		for k := q.end - 1; q.kind == news.KindTroops && k >= s.start && k >= q.start-4; k-- {
			if k < q.start && a.toks[k].kind == tPunct {
				break
			}
			if a.has(k, cCivilian) {
				q.kind, q.num = news.KindSupport, nil
				break
			}
		}
	}
}

// mainSupportFrames finds a support verb used as the main verb after a
// modal, "has" or its subject, with a kind of support as its object:
// "Britain will train 10,000 recruits", "Japan has trained deminers",
// "Finland would share radar data", "Tokyo could help with demining".
// The train verbs need no support noun: the verb phrase is the item.
func (a *analysis) mainSupportFrames(emit func(frame, quantity, string), covered map[int]bool) (consumed map[int]bool) {
	toks := a.toks
	for si, s := range a.sents {
		done := -1 // end of the last main support verb of the sentence
		for k := s.start + 1; k < s.end; k++ {
			if a.cls[k]&(1<<cSupportMain) == 0 {
				continue
			}
			v, ok := a.longest(k, s.end, cSupportMain)
			if !ok || covered[k] || a.lw(k-1) == "to" || v.end >= s.end || toks[v.end].kind == tPunct {
				continue
			}
			// what comes before the verb: a modal, "has", or the subject
			prev := k - 1
			for prev > s.start && (strings.HasSuffix(a.lw(prev), "ly") || a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "now" || a.lw(prev) == "further") {
				prev--
			}
			perfect := a.has(prev, cPerfectAux)
			switch {
			case perfect, a.actorEndingAt(prev, s) >= 0:
			case a.has(prev, cIrrealis) && a.lw(prev) != "to" && a.lw(prev) != "if" && a.lw(prev) != "unless" && a.lw(prev) != "not":
			case a.lw(prev) == "and" && done >= 0:
				// "will train pilots and share intelligence"
			default:
				continue
			}
			train := strings.HasPrefix(a.lw(k), "train")
			// the object: a support noun within three tokens, else (train) the verb phrase
			var q quantity
			found := false
			for _, o := range a.quants {
				// (a modifier run may have taken the verb: "share intelligence")
				if o.sent == si && o.kind == news.KindSupport && o.start >= k && o.end > v.end && o.start <= v.end+3 {
					if slices.ContainsFunc(a.ann[max(v.end, o.start)], func(m match) bool { return m.class == cSupportMain }) {
						continue
					}
					q, found = o, true
					if q.start < v.end {
						q.start, q.item = v.end, a.text[toks[v.end].start:toks[q.end-1].end]
					}
					break
				}
			}
			if found {
				// "help with demining and reconstruction" is one item
				if consumed == nil {
					consumed = map[int]bool{}
				}
				consumed[q.start] = true
				for _, o := range a.quants {
					if o.sent == si && o.kind == news.KindSupport && o.start <= q.start && o.end == q.end {
						consumed[o.start] = true
					}
				}
				for _, o := range a.quants {
					if o.sent == si && o.kind == news.KindSupport && o.start == q.end+1 && a.lw(q.end) == "and" {
						consumed[o.start] = true
						q.end, q.item = o.end, a.text[toks[q.start].start:toks[o.end-1].end]
					}
				}
			}
			if !found {
				if !train {
					continue
				}
				end := v.end
				for end < s.end && end < v.end+5 && toks[end].kind != tPunct && !a.has(end, cLocPrep, cClauseBreak, cSupportMain) &&
					!(a.lw(end) == "and" && a.has(end+1, cSupportMain)) {
					end++
				}
				if end == v.end {
					continue
				}
				q = quantity{span: span{k, end}, kind: news.KindSupport, sent: si, item: a.text[toks[k].start:toks[end-1].end]}
			}
			f, ok := a.subjectFrame(match{entry: v.entry, start: k, end: v.end}, s)
			if !ok {
				continue
			}
			f.rule = ruleSupport
			f.window = span{f.window.start, max(q.end, v.end)}
			// "train Ukrainian recruits": the trainees' country receives;
			// training one's own ("its own recruits", "Polish recruits" for
			// Poland) is no support
			if train {
				own := false
				for j := v.end; j < min(q.end, v.end+3); j++ {
					if a.lw(j) == "own" {
						own = true
					}
					if m, ok := a.longest(j, s.end, cDemonym); ok && f.to == "" {
						if slices.ContainsFunc(f.actors, func(x actorMention) bool { return x.code == m.value }) {
							own = true
						} else {
							f.to = m.value
						}
					}
				}
				if own {
					continue
				}
			}
			f.conf -= 0.1
			// "has trained", "Japan trained": done
			if perfect || a.actorEndingAt(prev, s) >= 0 && a.lw(k) != a.lw(v.start) || strings.HasSuffix(a.lw(k), "ed") && !a.irrealis(f.window.start, k) {
				f.forced = news.StatusDelivered
				if st, _ := a.status(f); st == news.StatusDeclined || st == news.StatusConsidering {
					f.forced = st
				}
			}
			emit(f, q, q.item)
			covered[k] = true
			done = q.end
		}
	}
	return consumed
}

// toSupportFrame matches a support noun right after "to" + a support verb
// ("pledged to establish military hubs"), returning the frame of the verb.
func (a *analysis) toSupportFrame(pos int, s span) (frame, bool) {
	for k := pos - 1; k > s.start && pos-k <= 4; k-- {
		if a.toks[k].kind == tPunct && a.tx(k) != "“" && a.tx(k) != "\"" {
			return frame{}, false
		}
		if a.lw(k-1) == "to" && a.has(k, cSupportVerb) {
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
		switch a.lw(k) {
		case "its", "their", "his", "her":
			return true
		}
	}
	return false
}

// status decides the status of a commitment from the cues in f.window.
func (a *analysis) status(f frame) (news.Status, string) {
	if f.forced != "" {
		return f.forced, ""
	}
	w := f.window
	var considering, delivered string
	// cues of another clause do not count: after "but", "while" … before
	// the anchor, or inside commas between the actor and the anchor
	// ("Germany, which has led the force since 2006, will contribute",
	// "Macron, never one to be outbid, promised")
	skipFrom, skipTo := -1, -1
	for k := w.start; k < f.anchor.start && k < w.end; k++ {
		if a.has(k, cClauseBreak) {
			w.start = k + 1
		}
	}
	if len(f.actors) > 0 {
		last := f.actors[len(f.actors)-1].end
		if last < f.anchor.start && last >= w.start && a.tx(last) == "," {
			for k := f.anchor.start - 1; k > last; k-- {
				if a.tx(k) == "," {
					skipFrom, skipTo = last, k
					break
				}
			}
		}
	}
	for k := w.start; k < w.end && k < len(a.toks); k++ {
		if k >= skipFrom && k <= skipTo {
			continue
		}
		for _, m := range a.ann[k] {
			if m.end > w.end+3 {
				continue
			}
			cue := a.text[a.toks[m.start].start:a.toks[m.end-1].end]
			switch m.class {
			case cDeclined:
				return news.StatusDeclined, cue
			case cConsidering:
				if a.monthMay(m.start) {
					continue
				}
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
		if a.lw(k) == "since" && k+2 < len(a.toks) && (a.isYear(k+1) || a.isYear(k+2)) && delivered == "" {
			delivered = "since"
		}
	}
	if considering != "" {
		return news.StatusConsidering, considering
	}
	if delivered != "" {
		return news.StatusDelivered, delivered
	}
	// a list line: "Poland: 550 power generators delivered"
	if f.rule == ruleList {
		for k := f.anchor.end; k < w.end; k++ {
			if m, ok := a.longest(k, w.end, cDeliveryPast); ok && !a.irrealis(f.anchor.end, k) {
				return news.StatusDelivered, a.text[a.toks[m.start].start:a.toks[m.end-1].end]
			}
		}
	}
	// troops in place: "are stationed", "has 1,000 soldiers in UNIFIL"
	if f.rule == rulePresence && !a.irrealis(w.start, w.end) {
		return news.StatusDelivered, "presence"
	}
	// a past form of a verb of handing over, active or perfect: "Germany sent", "has provided"
	anchor := f.anchor.start
	if m, ok := a.longest(anchor, len(a.toks), cDeliveryPast); ok {
		prev := anchor - 1
		for prev > w.start && (strings.HasSuffix(a.lw(prev), "ly") || a.lw(prev) == "also" || a.lw(prev) == "already" || a.lw(prev) == "now") {
			prev--
		}
		switch {
		case f.rule == rulePassive:
			if prev >= 0 && a.has(prev, cPassiveAux) && a.lw(prev) != "be" && a.lw(prev) != "being" && a.lw(prev) != "is" && a.lw(prev) != "are" {
				return news.StatusDelivered, a.tx(prev) + " " + a.tx(m.start)
			}
		case prev >= 0 && a.has(prev, cPerfectAux):
			return news.StatusDelivered, a.tx(prev) + " " + a.tx(m.start)
		case len(f.actors) > 0 && a.lw(m.start) != "given" && !a.irrealis(f.actors[len(f.actors)-1].end, anchor):
			return news.StatusDelivered, a.tx(m.start)
		}
	}
	return news.StatusPledged, ""
}

// monthMay reports whether "May" at token k is the month ("in May",
// "May 2024", "12 May"), not the modal.
func (a *analysis) monthMay(k int) bool {
	if a.tx(k) != "May" {
		return false
	}
	if k+1 < len(a.toks) && a.toks[k+1].kind == tNum {
		return true
	}
	if k == 0 {
		return false
	}
	switch a.lw(k - 1) {
	case "last", "next", "this", "early", "late", "mid", "since", "until", "till", "in", "by", "from", "of", "on", "before", "after", "during", "end":
		return true
	}
	return a.toks[k-1].kind == tNum
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

func (d *doc) isYear(k int) bool {
	t := &d.toks[k]
	if t.kind != tNum || t.end-t.start != 4 {
		return false
	}
	s := d.text[t.start:t.end]
	return (s[0] == '1' && s[1] == '9') || (s[0] == '2' && s[1] == '0')
}

// kindRule is the rule id of each kind.
var kindRule = map[news.Kind]string{
	news.KindTroops: "kind." + string(news.KindTroops), news.KindMoney: "kind." + string(news.KindMoney),
	news.KindEquipment: "kind." + string(news.KindEquipment), news.KindSupport: "kind." + string(news.KindSupport),
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
	rules := make([]string, 0, 6)
	rules = append(rules, f.rule, kindRule[q.kind])
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
		if q.num == nil {
			// "could make a further contribution": money, no amount
			conf -= 0.15
			break
		}
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
	if f.to != "" {
		c.Recipient = f.to
	}
	c.ActorSpan = a.byteSpan(am.span, s)
	if c.ActorSpan == nil {
		// named in another sentence: the pronoun that stands for it here
		c.ActorSpan = a.byteSpan(f.anaphor, s)
	}
	if q.num != nil {
		c.ValueSpan = a.byteSpan(q.span, s)
	}
	if strings.HasPrefix(am.code, "group:") {
		conf = min(conf, 0.5)
	}
	c.Confidence = math.Round(max(0.05, min(0.95, conf))*100) / 100
	c.Rules = rules
	return c
}

// byteSpan returns the byte offsets of the tokens of sp when sp is a
// non-empty range inside sentence s, else nil.
func (a *analysis) byteSpan(sp span, s span) *[2]int {
	if sp.start >= sp.end || sp.start < s.start || sp.end > s.end {
		return nil
	}
	// a pointer into scratch memory, valid until the next text (a
	// reallocation leaves the earlier pointers on the old block);
	// commitments copies the spans out
	a.spanBuf = append(a.spanBuf, [2]int{a.toks[sp.start].start, a.toks[sp.end-1].end})
	return &a.spanBuf[len(a.spanBuf)-1]
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
			if a.has(k, cClauseBreak) || a.tx(k) == ";" {
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
		for p > f.anchor.start && a.lw(p) == "the" {
			p--
		}
		switch a.lw(p) {
		case "to", "for", "into", "across", "toward", "towards", "in":
			return am.code
		}
		if p < f.anchor.end || a.has(p, cTrigger, cDeliveryPast, cSupportVerb) {
			return am.code
		}
	}
	return ""
}
