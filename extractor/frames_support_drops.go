package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// droppedGoods turns the support mention q of sentence s into goods when
// it names drops from the air followed by "of" and what was dropped:
// "carried out airdrops of humanitarian aid", "air drops of food and
// medicine" are goods delivered (equipment), the drops only how. The
// item becomes what was dropped, up to the end of its clause (at most
// eight tokens). It reports whether it changed q.
func (a *analysis) droppedGoods(q *quantity, s span) bool {
	switch a.lw(q.end - 1) {
	case "airdrops", "drops", "airdrop":
	default:
		return false
	}
	j := q.end
	if j+1 >= s.end || a.lw(j) != "of" {
		return false
	}
	end := j + 1
	for end < s.end && end < j+9 && a.toks[end].kind != tPunct && !a.has(end, cLocPrep, cClauseBreak) && a.lw(end) != "over" && a.lw(end) != "to" {
		end++
	}
	if end == j+1 {
		return false
	}
	q.kind = news.KindEquipment
	q.item = a.text[a.toks[j+1].start:a.toks[end-1].end]
	return true
}
