package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleSemicolonItem names an item of a list whose items are separated by
// semicolons; it is reported after the frame rule of the list's first item.
const ruleSemicolonItem = "frame.semicolon-item"

// semicolonItemFrame matches equipment in an item of a list whose items
// are separated by semicolons after one verb: in "Canada will send 20
// trucks; air defence missiles; and artillery shells" each item after a
// ";" (a sentence of its own for the splitter) takes the frame of the
// list's first item, the last quantity of its kind in the clause with the
// verb. Each item is one line, as a bullet is. It reports false when the
// sentence before q's does not end with ";" on the same line, when q's
// item or an item between has a verb or a clause of its own ("20 trucks;
// France sent 10 tanks"), when the clause before the items has no verb of
// giving or of listing ("includes"), or when the first item has no frame.
func (a *analysis) semicolonItemFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.sent < 1 || !a.endsWithSemicolon(q.sent-1) || a.itemHasVerb(s) {
		return frame{}, false
	}
	// one line per item: a second uncounted quantity of the item ("ammunition
	// for rocket systems (HIMARS)") is a description or a restatement
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == q.kind && o.end <= q.start && q.num == nil {
			return frame{}, false
		}
	}
	si := q.sent - 1
	for si > 0 && !a.itemHasVerb(a.sents[si]) && a.endsWithSemicolon(si-1) {
		si-- // earlier items of the list
	}
	h := a.sents[si]
	if !a.hasVerbBefore(h.end, h) {
		return frame{}, false // a bare list of items with no verb at all
	}
	// the first item: the last quantity of the kind before the ";"
	qs := a.quantsOf(si)
	for i := len(qs) - 1; i >= 0; i-- {
		o := qs[i]
		if o.sent != si || o.kind != q.kind {
			continue
		}
		f, ok := a.selectFrame(o, true)
		if !ok {
			return frame{}, false
		}
		if f.name == "" {
			f.name = ruleSemicolonItem
		}
		return f, true
	}
	return frame{}, false
}

// endsWithSemicolon reports whether sentence si ends with ";" on the line
// where the next sentence starts (a ";" that ends a bullet line is not a
// run-in list).
func (a *analysis) endsWithSemicolon(si int) bool {
	if si < 0 || si >= len(a.sents) {
		return false
	}
	s := a.sents[si]
	return s.end > s.start && a.tx(s.end-1) == ";" && s.end < len(a.toks) && !a.toks[s.end].nl
}

// itemHasVerb reports whether sentence s holds a verb of giving or a
// clause of its own: a trigger, a past form of handing over, a passive
// auxiliary, a clause break ("but", "while") or an actor that can be a
// subject (not a recipient after "to").
func (a *analysis) itemHasVerb(s span) bool {
	for j := s.start; j < s.end; j++ {
		if a.has(j, cTrigger, cDeliveryPast, cPassiveAux, cClauseBreak) {
			return true
		}
	}
	for _, am := range a.actorsOf(s) {
		if am.subject {
			return true // "France sent …"; not "to Ukraine"
		}
	}
	return false
}

// hasVerbBefore reports whether a verb of giving, or a verb that lists
// contents ("includes", "comprises"), comes before token end in sentence s.
func (a *analysis) hasVerbBefore(end int, s span) bool {
	for j := s.start; j < end; j++ {
		if a.has(j, cTrigger, cDeliveryPast) {
			return true
		}
		if w := a.lw(j); listingVerb(w) || w == "including" || w == "comprising" {
			return true
		}
	}
	return false
}

// ruleListItem marks equipment that is one item of a list: a bullet or an
// item of a list run in with semicolons. Uncounted items of one actor in
// different items are separate lines (one line per bullet); dropRepeats
// keeps them apart unless they name the same item.
const ruleListItem = "equipment.list-item"

// equipListItem reports whether equipment q of frame f is an item of a list:
// read by the bullet frame, or in a sentence that ends with a run-in ";"
// or follows one.
func (a *analysis) equipListItem(f frame, q quantity) bool {
	if q.kind != news.KindEquipment {
		return false
	}
	return f.rule == ruleBullet || a.endsWithSemicolon(q.sent) || a.endsWithSemicolon(q.sent-1)
}

// separateListItems reports whether two uncounted equipment lines are
// items of lists that name different goods (see ruleListItem).
func separateListItems(x, y news.Commitment) bool {
	return listItemLine(x) && listItemLine(y) && !strings.EqualFold(x.Item, y.Item)
}

// listItemLine reports whether c is an uncounted equipment line of a list
// item (see ruleListItem).
func listItemLine(c news.Commitment) bool {
	return c.Kind == news.KindEquipment && c.Count == nil && slices.Contains(c.Rules, ruleListItem)
}

// ruleGoodsInclude names equipment listed after "include" whose subject
// describes goods handed over, given by the source of the sentence.
const ruleGoodsInclude = "frame.goods-include"

// goodsIncludeFrame matches equipment listed after "include(s)" whose
// subject is a noun phrase of goods handed over with no giver named
// ("the capabilities to be provided to Ukraine", "the weapons being
// sent"), in a sentence whose source is a country: "According to the
// Pentagon, the items to be delivered include Stinger missiles", "The
// weapons being sent include 20 tanks, the defence ministry said". The
// source gives them. It reports false when the subject names a giver of
// its own ("the tanks Poland sent include …": another frame reads it) or
// has no passive of giving, or when no country is the source.
func (a *analysis) goodsIncludeFrame(q quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	// back to the verb over the items before q ("include 20 tanks and 12
	// howitzers") and model names ("include RIM-7 and AIM-9M missiles")
	v := a.enumStart(q) - 1
	for v > s.start && q.start-v <= 8 && !listingVerb(a.lw(v)) && a.tx(v) != ";" && !a.has(v, cTrigger, cDeliveryPast) {
		v--
	}
	if v <= s.start || !listingVerb(a.lw(v)) {
		return frame{}, false
	}
	// the subject, back to a comma or the start of the sentence
	giving, j := -1, v-1
	for ; j >= s.start && v-j <= 12 && a.tx(j) != ","; j-- {
		if n := a.actorAt[j]; n >= 0 && a.actors[n].subject {
			return frame{}, false
		}
		if a.has(j, cTrigger, cDeliveryPast) && (a.has(j-1, cPassiveAux) || a.has(j, cDeliveryPast)) {
			giving = j
		}
	}
	if giving < 0 {
		return frame{}, false
	}
	f := frame{anchor: span{giving, giving + 1}, rule: rulePassive, name: ruleGoodsInclude,
		window: span{max(s.start, j), q.end}, conf: 0.55}
	// "…, the defence ministry said": the sayer after the clause
	if am, ok := a.trailingSayer(q.end, s); ok {
		f.actors = []actorMention{am}
		return f, true
	}
	// "According to the Pentagon, …": the source opens the sentence
	if j <= s.start+2 || a.tx(j) != "," || a.lw(s.start) != "according" || a.lw(s.start+1) != "to" {
		return frame{}, false
	}
	k := s.start + 2
	if a.lw(k) == "the" {
		k++
	}
	n := a.actorEndingAt(j-1, s)
	if n < 0 || a.actors[n].start != k || len(a.actors[n].code) != 2 ||
		a.actors[n].cls == cDemonym && !a.institutionAfter(k+1, j) {
		return frame{}, false
	}
	f.actors = []actorMention{a.actors[n]}
	return f, true
}

// listingVerb reports whether w is a verb that lists contents.
func listingVerb(w string) bool {
	switch w {
	case "include", "includes", "included", "comprise", "comprises", "comprised", "contain", "contains", "contained":
		return true
	}
	return false
}

// goodsOfEnd returns where the participle after equipment q may start:
// past a short "of" phrase that says what the counted goods are ("300,000
// doses of the COVID-19 vaccine donated by China", "a batch of vaccines
// delivered by Japan"), or past a relative pronoun before a passive ("the
// ambulance, which was handed over by …"). It returns q.end when no such
// phrase of at most eight words ends right before a verb of giving.
func (a *analysis) goodsOfEnd(q quantity, s span) int {
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
func (a *analysis) describesCounted(q quantity, s span) bool {
	if q.kind != news.KindEquipment || q.num != nil {
		return false
	}
	k := q.start - 1
	if k > s.start && (a.lw(k) == "the" || a.lw(k) == "a" || a.lw(k) == "an") {
		k--
	}
	if k <= s.start || a.lw(k) != "of" {
		return false
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.kind == q.kind && o.num != nil && o.end == k {
			return true
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
func (a *analysis) withPlanFrame(q quantity, s span) (frame, bool) {
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
func (a *analysis) goodsDemonym(q quantity, s span) (actorMention, bool) {
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

// groupOwner adds the named country to a frame whose only actor is a group
// of its partners: in "the US and its partners will provide air defence
// systems" the US gives its own line beside the group's (conventions:
// joint donations). Only for goods without a number (a counted joint
// quantity is the group's sum, see joint).
func (a *analysis) groupOwner(f frame, q quantity, s span) frame {
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
	return f
}
