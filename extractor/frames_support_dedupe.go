package extractor

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Line stages of the support roles (frames_support_command.go,
// frames_support_involved.go): each reads the lines once and keeps a map
// keyed by actor, never a loop over all pairs of lines.

// dropInvolvedTroops drops troops without a number whose evidence
// overlaps the participation line of the same actor read by
// involvedFrames: "forces from Norway are involved in the operation" is
// the country's participation, not a deployment without a number.
func dropInvolvedTroops(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	// the evidence spans of the participation lines, by actor (few)
	var part map[string][][2]int
	for _, c := range cs {
		if c.Kind == news.KindSupport && slices.Contains(c.Rules, ruleInvolved) {
			if part == nil {
				part = map[string][][2]int{}
			}
			part[c.Actor] = append(part[c.Actor], [2]int{c.Start, c.End})
		}
	}
	if part == nil {
		return cs, order
	}
	n := 0
	for i, c := range cs {
		drop := false
		if c.Kind == news.KindTroops && c.Troops == nil {
			for _, p := range part[c.Actor] {
				if p[0] < c.End && c.Start < p[1] {
					drop = true
				}
			}
		}
		if !drop {
			cs[n], order[n] = c, order[i]
			n++
		}
	}
	return cs[:n], order[:n]
}

// dropGenericSupport drops a support line whose item only names generic
// aid ("more military support", "humanitarian aid", "its support") when
// the same actor has a money or equipment line in the text: the amount or
// the goods are what it gives ("Sweden will send 20 howitzers … also
// promised more military support"). A refusal is kept.
func dropGenericSupport(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	var givers map[string]bool
	for _, c := range cs {
		if c.Kind == news.KindMoney || c.Kind == news.KindEquipment {
			if givers == nil {
				givers = map[string]bool{}
			}
			givers[c.Actor] = true
		}
	}
	if givers == nil {
		return cs, order
	}
	n := 0
	for i, c := range cs {
		if c.Kind == news.KindSupport && c.Status != news.StatusDeclined && givers[c.Actor] && genericAid(c.Item) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// dropRepeatedRoles drops a support line of the role frames (command,
// involved, run-by) when the same actor has a support line of another
// frame in the text: "the operation would be joined by Britain …" and,
// later, "the operation is being undertaken by the US, UK …" are one
// participation each, told first by the join.
func dropRepeatedRoles(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	role := func(c news.Commitment) bool {
		return c.Kind == news.KindSupport && (slices.Contains(c.Rules, ruleCommand) || slices.Contains(c.Rules, ruleInvolved) || slices.Contains(c.Rules, ruleRunBy))
	}
	if !slices.ContainsFunc(cs, role) {
		return cs, order
	}
	other := map[string]bool{}
	for _, c := range cs {
		if c.Kind == news.KindSupport && !role(c) {
			other[c.Actor] = true
		}
	}
	n := 0
	for i, c := range cs {
		if role(c) && other[c.Actor] {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// packageWithoutContent reports whether sentence si and the one after it
// hold no amount of money and no counted or named goods: a package named
// without them ("are preparing a joint military aid package") is support
// of its own; with them, the amount or the goods are the lines.
func (a *analysis) packageWithoutContent(si int) bool {
	for i := si; i <= si+1 && i < len(a.sents); i++ {
		for _, q := range a.quantsOf(i) {
			if q.sent == i && (q.kind == news.KindMoney || q.kind == news.KindEquipment) {
				return false
			}
		}
	}
	return true
}

// genericAid reports whether a support item names help only by its
// field: "military aid", "humanitarian assistance", "further financial
// support", not a concrete kind ("air support", "technical assistance").
func genericAid(item string) bool {
	// the last word first, without lower-casing or splitting the item
	// (it is asked of every support line)
	body, last := lastField(item)
	if last == "" {
		return false
	}
	pkg := false
	var buf [16]byte
	switch lowerShort(last, &buf) {
	case "aid", "assistance", "support", "help", "backing", "relief":
	case "package", "packages":
		pkg = true // "a military aid package" named without its content
	default:
		return false
	}
	for w := range strings.FieldsSeq(body) {
		switch lowerShort(w, &buf) {
		case "aid", "assistance", "support", "joint":
			if !pkg {
				return false
			}
		case "military", "humanitarian", "financial", "economic", "security", "defence", "defense",
			"further", "additional", "more", "new", "continued", "vital", "much-needed", "development", "budget", "full",
			// the aid of a disaster: "flood relief aid", "emergency assistance"
			"relief", "emergency", "disaster", "flood", "earthquake", "quake", "storm", "hurricane", "typhoon", "cyclone",
			"drought", "famine", "reconstruction", "recovery":
		default:
			return false
		}
	}
	return true
}

// mergeClauseSupport keeps one support line of an actor among those with
// the same status whose evidence overlaps: "will provide intelligence and
// surveillance", "agreed to help train pilots" are one commitment (the
// uncounted items of one clause share one line). The more confident line
// stays, else the earlier. Lines of separate clauses, bullets or
// sentences do not overlap and stay apart.
func mergeClauseSupport(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	// the indexes of the support lines, by actor (few)
	var byActor map[string][]int
	for i, c := range cs {
		if c.Kind == news.KindSupport {
			if byActor == nil {
				byActor = map[string][]int{}
			}
			byActor[c.Actor] = append(byActor[c.Actor], i)
		}
	}
	if byActor == nil {
		return cs, order
	}
	// Evidence that overlaps x's starts less than the longest evidence
	// before x ends: each line reads that window of the actor's lines
	// sorted by start, not all of them (an actor of a long text has many),
	// and takes them in text order as the pairs were first read.
	drop := make([]bool, len(cs))
	dropped := 0
	var byStart, near []int
	for _, idx := range byActor { // (idx ascends)
		if len(idx) < 2 {
			continue
		}
		byStart = append(byStart[:0], idx...)
		slices.SortStableFunc(byStart, func(p, q int) int { return cmp.Compare(cs[p].Start, cs[q].Start) })
		longest := 0
		for _, j := range idx {
			longest = max(longest, cs[j].End-cs[j].Start)
		}
		for _, i := range idx {
			x := &cs[i]
			lo := sort.Search(len(byStart), func(p int) bool { return cs[byStart[p]].Start > x.Start-longest })
			near = near[:0]
			for p := lo; p < len(byStart) && cs[byStart[p]].Start < x.End; p++ {
				near = append(near, byStart[p])
			}
			slices.Sort(near)
			for _, j := range near {
				y := &cs[j]
				if i == j || drop[j] || x.Status != y.Status || x.Start >= y.End || y.Start >= x.End {
					continue
				}
				if y.Confidence > x.Confidence || y.Confidence == x.Confidence && j < i {
					drop[i] = true
					dropped++
					break
				}
			}
		}
	}
	if dropped == 0 {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool { return drop[i] })
}
