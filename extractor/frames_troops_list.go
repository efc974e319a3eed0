package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// troopListFrame matches troops listed per country in running text (a
// number in brackets after its country, numbers shared out by
// "respectively"), troops "there are", and troops placed at someone's
// disposal.
func (a *analysis) troopListFrame(q *quantity, s span) (frame, bool) {
	if f, ok := a.troopRowFrame(q, s); ok {
		return f, true
	}
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

// bracketFrame matches a country with its number of troops in brackets,
// in a sentence about personnel: "countries contributing personnel are
// Serbia (48), Australia (15) and India (7)". The troops are in place.
func (a *analysis) bracketFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil || q.start-2 < s.start || a.tx(q.start-1) != "(" || q.end >= s.end || a.tx(q.end) != ")" {
		return frame{}, false
	}
	n := a.actorEndingAt(q.start-2, s)
	if n < 0 || len(a.actors[n].code) != 2 || a.actors[n].cls == cDemonym {
		return frame{}, false
	}
	am := a.actors[n]
	if a.destinationBefore(am.start, s) {
		return frame{}, false
	}
	f := frame{actors: []actorMention{am}, anchor: span{q.start - 1, q.end + 1}, rule: rulePresence,
		window: span{am.start, q.end}, conf: 0.6, name: ruleTroopsBracket}
	// "troops will come from Ghana (800), …": a modal before the list
	// makes the troops to come, not in place
	for k := s.start; k < am.start; k++ {
		if a.has(k, cIrrealis) && a.lw(k) != "to" && a.lw(k) != "not" && a.lw(k) != "if" && a.lw(k) != "unless" {
			f.window.start = k
			break
		}
		// "Troops pledged for the mission: Kenya (1,000), …": promised, not in place
		if w := a.lw(k); (w == "pledged" || w == "promised" || w == "pledges") && !a.anyOf(s, cConsidering) && !a.anyOf(s, cDeclined) {
			f.forced = news.StatusPledged
		}
	}
	return f, true
}

// destinationBefore reports whether the country starting at token k is
// the place troops go to or stay in ("to Lebanon (about 1,000
// personnel)", "in the Congo (800)"): a count in brackets after it is
// the sender's, not the place's own.
func (a *analysis) destinationBefore(k int, s span) bool {
	j := k - 1
	if j > s.start && a.lw(j) == "the" {
		j--
	}
	if j < s.start {
		return false
	}
	switch a.lw(j) {
	case "to", "into", "towards", "toward", "in", "inside":
		return true
	}
	return false
}

// bracketCountAfter reports whether troops q without a number are
// followed at token k by a country with a count in brackets ("troops
// will come from Ghana (800), Senegal (600)"): the counts make the lines
// (bracketFrame), the troops before them make none.
func (a *analysis) bracketCountAfter(q *quantity, k int, s span) bool {
	if q.kind != news.KindTroops || q.num != nil {
		return false
	}
	n := a.actorEndingAt(k, s)
	if n < 0 || a.actors[n].start != k {
		if n = a.actorEndingAt(k+1, s); n < 0 || a.actors[n].start != k+1 { // "from the Netherlands (40)"
			return false
		}
	}
	e := a.actors[n].end
	return e+1 < s.end && a.tx(e) == "(" && a.toks[e+1].kind == tNum
}

// respectiveFrame matches numbers of troops shared out by "respectively":
// "Argentina, Slovakia and Hungary follow suit, with 265, 157 and 77
// soldiers respectively". The i-th number belongs to the i-th country of
// the coordinated list before the numbers; "with" before them says the
// troops are in place.
func (a *analysis) respectiveFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops || q.num == nil {
		return frame{}, false
	}
	// the enumeration of troop numbers holding q
	var nums []quantity
	for _, o := range a.quantsOf(q.sent) {
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
		window: span{list[0].start, nums[0].start}, conf: 0.6, name: ruleTroopsRespectively}
	if nums[0].start > s.start && a.lw(nums[0].start-1) == "with" {
		f.rule = rulePresence
	}
	return f, true
}

// existentialFrame matches troops that name their country after "there
// are": "There are currently 5,229 Nepali peacekeepers serving in 12
// missions", "In this battalion, there are 700 French". They are in place.
func (a *analysis) existentialFrame(q *quantity, s span) (frame, bool) {
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
		window: span{k - 1, q.end}, conf: 0.6, name: ruleTroopsThereAre}, true
}

// disposalFrame matches troops placed at someone's disposal or command:
// "Italy has placed 200 soldiers at the disposal of NATO", "will put 300
// troops under NATO command" (the subject of the verb),
// "a battalion of 650 members had been placed at the disposal of KFOR,
// the British ministry said" (the source of the passive).
func (a *analysis) disposalFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindTroops {
		return frame{}, false
	}
	placed := func(k int) bool {
		w := a.lw(k)
		return strings.HasPrefix(w, "plac") || w == "put" || w == "puts" || w == "putting"
	}
	disposal := func(k int) bool {
		if k+2 < s.end && a.lw(k) == "under" {
			// "put 300 troops under NATO command", "under the alliance's command"
			for j := k + 1; j < s.end && j <= k+5; j++ {
				if a.lw(j) == "command" || a.lw(j) == "control" {
					return true
				}
			}
			return false
		}
		return k+2 < s.end && a.lw(k) == "at" && (a.lw(k+1) == "the" && a.lw(k+2) == "disposal" ||
			k+3 < s.end && a.lw(k+3) == "disposal")
	}
	// active: "placed 200 soldiers at the disposal of"
	if v := q.start - 1; v > s.start && placed(v) && disposal(q.end) {
		f, ok := a.subjectFrame(match{start: v, end: v + 1}, s)
		if !ok {
			return frame{}, false
		}
		f.anchor, f.window, f.name = span{v, v + 1}, span{f.window.start, q.end}, ruleTroopsDisposal
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
				window: span{q.start, k + 1}, conf: 0.55, name: ruleTroopsDisposal}, true
		}
	}
	return frame{}, false
}
