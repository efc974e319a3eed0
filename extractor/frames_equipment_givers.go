package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleGoodsPassive names a passive of giving read past what the goods are
// of or past a relative pronoun (see goodsOfEnd).
const ruleGoodsPassive = "equipment.passive-after-goods"

// goodsOfEnd returns where the participle after equipment q may start:
// past a short "of" phrase that says what the counted goods are ("300,000
// doses of the COVID-19 vaccine donated by China", "a batch of vaccines
// delivered by Japan"), or past a relative pronoun before a passive ("the
// ambulance, which was handed over by …"). It returns q.end when no such
// phrase of at most eight words ends right before a verb of giving.
func (a *analysis) goodsOfEnd(q *quantity, s span) int {
	if q.kind != news.KindEquipment || q.end+2 >= s.end {
		return q.end
	}
	// "the new ambulance, which was handed over by …": a relative clause
	// in the passive
	k := q.end
	if a.tx(k) == "," {
		k++
	}
	if k+1 < s.end && (a.lw(k) == "which" || a.lw(k) == "that") && (a.has(k+1, cPassiveAux) || passiveModal(a.lw(k+1))) {
		return k + 1
	}
	if a.lw(q.end) != "of" {
		return q.end
	}
	for j := q.end + 1; j < s.end && j <= q.end+9; j++ {
		if a.has(j, cTrigger, cDeliveryPast) {
			if j == q.end+1 {
				return q.end
			}
			return j
		}
		if a.toks[j].kind == tPunct && a.tx(j) != "-" && a.tx(j) != "&" || j > q.end+1 && a.has(j, cLocPrep) {
			return q.end
		}
		if n := a.actorAt[j]; n >= 0 && a.actors[n].cls != cDemonym {
			return q.end // "doses of Ukraine's …"
		}
	}
	return q.end
}

// donatedFrom reports whether the participle m takes its giver after
// "from" as after "by": "vaccine doses donated from the United States".
func (a *analysis) donatedFrom(m match) bool {
	switch a.lw(m.end - 1) {
	case "donated", "gifted":
		return true
	}
	return false
}

// describesCounted reports whether uncounted equipment q only says what
// counted goods before it are: "300,000 doses of the Sinovac vaccines",
// "a batch of 20 trucks of the latest model" (q follows "of" and at most a
// determiner after a counted quantity of the kind).
func (a *analysis) describesCounted(q *quantity, s span) bool {
	if q.kind != news.KindEquipment || q.num != nil {
		return false
	}
	k := q.start - 1
	if k > s.start && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an") {
		k--
	}
	// "5 million doses of domestically-produced COVID-19 vaccines",
	// "500,000 doses of made in India vaccines": after doses (or bags,
	// boxes …) of, the words of a description may come first
	far := k
	for n := 0; far > s.start && n < 8 && a.lw(far) != "of"; n++ {
		// (a hyphen of a compound is part of the description)
		if a.toks[far].kind == tPunct && !(a.tx(far) == "-" && a.toks[far].glued) || a.has(far, cTrigger) && !a.has(far, cDeliveryPast) {
			break
		}
		far--
	}
	if k <= s.start || a.lw(k) != "of" && a.lw(far) != "of" {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent != q.sent || o.kind != q.kind || o.num == nil {
			continue
		}
		if o.end == k && a.lw(k) == "of" {
			return true
		}
		if o.end == far && a.lw(far) == "of" && o.end > o.start {
			if h := a.lw(o.end - 1); h == "doses" || h == "dose" || pieceNoun(h) {
				return true
			}
		}
	}
	return false
}

// ruleWithPlan names equipment after "with a plan to <verb>" that takes the
// subject of the clause before.
const ruleWithPlan = "frame.with-plan"

// withPlanFrame matches equipment after a verb of giving in a phrase of
// intent that hangs on the clause before: "Britain said it would send
// tanks, with a plan to send 14 Challenger 2 tanks", "Norway pledged
// support, with plans to deliver 20 trucks". The subject of the verb of
// giving before "with" commits the goods. It reports false when no such
// verb with a subject comes before "with" in the sentence.
func (a *analysis) withPlanFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	t, ok := a.triggerBefore(q.start, s, 6)
	if !ok || t.start-3 <= s.start || a.lw(t.start-1) != "to" {
		return frame{}, false
	}
	w := t.start - 3 // "with plans to send"
	switch a.lw(t.start - 2) {
	case "plan", "aim", "intention", "view", "promise", "pledge", "commitment":
		w-- // "with a plan to send", "with the aim to deliver"
		if w <= s.start {
			return frame{}, false
		}
	case "plans", "promises", "pledges":
	default:
		return frame{}, false
	}
	if a.lw(w) != "with" || a.tx(w-1) != "," {
		return frame{}, false
	}
	t0, ok := a.triggerBefore(w-1, s, 20)
	if !ok {
		return frame{}, false
	}
	f, ok := a.controlledFrame(t0, s)
	if !ok {
		if f, ok = a.subjectFrame(t0, s); !ok {
			return frame{}, false
		}
	}
	f.anchor = span{t.start, t.end}
	f.name = ruleWithPlan
	f.window = span{w, min(s.end, q.end+3)}
	return f, true
}

// beforeBracket returns the token before a short bracket that ends at
// token k ("sale (FMS)" at ")": the token "sale"), or k when k closes no
// bracket of at most four tokens.
func (a *analysis) beforeBracket(k int, s span) int {
	if k <= s.start || a.tx(k) != ")" {
		return k
	}
	for j := k - 1; j > s.start && j >= k-5; j-- {
		if a.tx(j) == "(" {
			return j - 1
		}
	}
	return k
}

// ruleOwnerPassive names equipment in an agentless passive of handing over
// whose name carries the demonym of the giver.
const ruleOwnerPassive = "equipment.owner-passive"

// goodsDemonym returns the demonym actor that names the owner of
// equipment q right before or inside its phrase ("the first batch of
// Russian S-400 systems", "German Leopard tanks"); false for a maker
// ("US-made jets", "Soviet-built tanks": a hyphen glued after the
// demonym), for troops and money, when another country than the
// recipient after "to" is named in the sentence (the source of a claim),
// when no recipient after "to" follows the goods, or when none is there.
func (a *analysis) goodsDemonym(q *quantity, s span) (actorMention, bool) {
	if q.kind != news.KindEquipment {
		return actorMention{}, false
	}
	for k := max(s.start, q.start-5); k < q.end; k++ {
		m, ok := a.longest(k, q.end, cDemonym)
		if !ok || len(m.value) != 2 {
			if k < q.start && a.toks[k].kind == tPunct && !(a.tx(k) == "-" && a.toks[k].glued) {
				return actorMention{}, false // "Russian, … tanks"
			}
			continue
		}
		if m.end < len(a.toks) && a.toks[m.end].glued && a.tx(m.end) == "-" {
			return actorMention{}, false // "US-made"
		}
		// another country in the sentence, but for the recipient after
		// "to", may be the source of a claim ("…, officials in Kyiv said")
		// and a recipient after "to" is named: goods handed over to
		// another country, not forces deployed at home
		to := false
		for _, am := range a.actorsOf(s) {
			if am.code != m.value && (am.start == s.start || a.lw(am.start-1) != "to") {
				return actorMention{}, false
			}
			to = to || am.code != m.value && am.start > q.end
		}
		if !to {
			return actorMention{}, false
		}
		return actorMention{span: span{m.start, m.end}, code: m.value, cls: cDemonym, subject: true, sent: q.sent}, true
	}
	return actorMention{}, false
}

// withGerundList reports whether the coordinated actors acts open a
// "with" phrase and are the subject of the gerund after them: ", with
// Britain and Denmark sending air-defence weapons", "with X and Y joining
// together to rush …".
func (a *analysis) withGerundList(acts []actorMention, s span) bool {
	for i := 1; i < len(acts); i++ {
		if !a.joined(acts[i-1].end, acts[i].start) {
			return false
		}
	}
	w := acts[0].start - 1
	if w > s.start && a.lw(w) == "the" {
		w--
	}
	if w < s.start || a.lw(w) != "with" {
		return false
	}
	e := acts[len(acts)-1].end
	// "with X and Y joining together to rush …", "teaming up to send"
	if e+3 < s.end && strings.HasSuffix(a.lw(e), "ing") && (a.lw(e+1) == "together" || a.lw(e+1) == "forces" || a.lw(e+1) == "up") &&
		a.lw(e+2) == "to" && a.has(e+3, cTrigger) {
		return true
	}
	return a.gerundAfter(e, s)
}

// ruleGroupOwner names a line of a country named with its partners
// ("the US and its partners").
const ruleGroupOwner = "equipment.group-owner"

// groupOwner adds the named country to a frame whose only actor is a group
// of its partners: in "the US and its partners will provide air defence
// systems" the US gives its own line beside the group's (conventions:
// joint donations). Only for goods without a number (a counted joint
// quantity is the group's sum, see joint).
func (a *analysis) groupOwner(f frame, q *quantity, s span) frame {
	if q.kind != news.KindEquipment || q.num != nil || len(f.actors) != 1 || f.actors[0].cls != cGroup {
		return f
	}
	k := f.actors[0].start - 1
	for k > s.start && (a.lw(k) == "its" || a.lw(k) == "their" || a.lw(k) == "other" || a.lw(k) == "fellow") {
		k--
	}
	switch {
	case k > s.start && a.lw(k) == "and":
		k--
	case k-1 > s.start && a.lw(k) == "with" && (a.lw(k-1) == "along" || a.lw(k-1) == "together"):
		k -= 2
	default:
		return f
	}
	if k > s.start && a.tx(k) == "," {
		k--
	}
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].cls == cGroup || strings.HasPrefix(a.actors[n].code, "group:") {
		return f
	}
	out := []actorMention{f.actors[0], a.actors[n]}
	// "the US, Germany and other allies": every country of the list
	if list := a.coordinated(n, s); len(list) > 1 && list[len(list)-1].end == a.actors[n].end {
		out = append([]actorMention{f.actors[0]}, list...)
	}
	f.actors = out
	if f.name == "" {
		f.name = ruleGroupOwner
	}
	return f
}
