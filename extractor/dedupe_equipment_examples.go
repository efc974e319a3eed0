package extractor

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleEquipExamples: uncounted goods named as examples of the goods just
// before them ("relief supplies such as tents and blankets", "aid
// including food and medicines") are that line; the line that stays gets
// the id.
const ruleEquipExamples = "equipment.examples"

// dropExampleGoods drops an uncounted equipment line whose item follows
// the item of another uncounted line of the same actor, status and
// sentence with only "such as", "including", "like" or "e.g." (and a
// comma or an opening bracket) between them: the examples say what the
// goods are, one line (so are the examples coordinated after the first).
// Counted examples stay lines of their own ("medical
// supplies, including 200 ventilators"). text is the document; cs and
// order are compacted in place. The work is linear in the lines but for
// the uncounted lines of one sentence, which are few.
func dropExampleGoods(text string, cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	var drop []bool
	for i, c := range cs {
		if c.Kind != news.KindEquipment || c.Count != nil {
			continue
		}
		at := itemSpan(text, c)
		if at[0] < 0 {
			continue
		}
		// the line before in the same sentence (lines of a sentence are
		// next to each other in cs)
		for j := i - 1; j >= 0 && cs[j].Start == c.Start; j-- {
			o := cs[j]
			if o.Kind != news.KindEquipment || o.Count != nil || o.Actor != c.Actor || o.Status != c.Status {
				continue
			}
			ot := itemSpan(text, o)
			if ot[1] < 0 || ot[1] > at[0] {
				continue
			}
			// an example, or the next of the examples: "such as tents and
			// blankets" (an example before may have been merged already)
			example := drop != nil && drop[j]
			if example && !coordLink(text[ot[1]:at[0]]) || !example && !examplesLink(text[ot[1]:at[0]]) {
				continue
			}
			if drop == nil {
				drop = make([]bool, len(cs))
			}
			drop[i] = true
			if !example && !slices.Contains(cs[j].Rules, ruleEquipExamples) {
				cs[j].Rules = append(slices.Clip(cs[j].Rules), ruleEquipExamples)
			}
			break
		}
	}
	if drop == nil {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool { return drop[i] })
}

// examplesLink reports whether the text between two items introduces the
// second as an example of the first: "such as", "including", "like",
// "e.g.", with an optional comma, colon or opening bracket before, and
// at most a few words of other examples after ("including ventilators
// and").
func examplesLink(between string) bool {
	w := strings.TrimSpace(strings.ToLower(between))
	w = strings.TrimLeft(w, ",:(—– ")
	if len(w) > 60 || strings.ContainsAny(w, ";.)") && !strings.HasPrefix(w, "e.g.") {
		return false
	}
	for _, p := range []string{"such as", "including", "like", "e.g.", "for example", "for instance", "notably", "especially", "in particular"} {
		if w == p || strings.HasPrefix(w, p+" ") || strings.HasPrefix(w, p+",") || strings.HasPrefix(w, p+":") {
			return true // (the examples before the item may be merged lines)
		}
	}
	return false
}

// coordLink reports whether the text between two items coordinates them:
// a comma, "and", "or", ", and", "as well as".
func coordLink(between string) bool {
	switch strings.TrimSpace(strings.ToLower(between)) {
	case ",", "and", "or", ", and", ", or", "as well as", ", as well as":
		return true
	}
	return false
}
