package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

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

// dropMoneyAssistance drops an uncounted support or equipment line whose
// item is assistance of money or of weapons ("macro-financial
// assistance", "budget assistance", "lethal assistance", "its total
// assistance"): money without an amount is no line, a total is a sum, and
// weapons are named as goods where they are given; "the following
// assistance" announces a list whose items are the lines. Bare or concrete assistance ("further assistance", "technical
// assistance") stays.
func dropMoneyAssistance(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	n := 0
	for i, c := range cs {
		if (c.Kind == news.KindSupport || c.Kind == news.KindEquipment && c.Count == nil) && moneyOrArmsAssistance(c.Item) {
			continue
		}
		cs[n], order[n] = c, order[i]
		n++
	}
	return cs[:n], order[:n]
}

// moneyOrArmsAssistance reports whether item ends in "assistance" after
// a word of money, of weapons or of a total.
func moneyOrArmsAssistance(item string) bool {
	words := strings.Fields(strings.ToLower(item))
	if len(words) < 2 {
		return false
	}
	if last := words[len(words)-1]; last != "assistance" {
		return false
	}
	for _, w := range words[:len(words)-1] {
		switch w {
		case "macro-financial", "macrofinancial", "financial", "budget", "budgetary", "fiscal", "monetary", "economic", "lethal",
			"total", "overall", "cumulative", // "bringing its total assistance to $7.6 billion": a sum
			"following": // "decided to provide the following assistance:": the list after it holds the lines
			return true
		}
	}
	return false
}

// asWellAsBefore reports whether "as well as" (with an article after it)
// ends right before token k and after token from: "sent three aircraft
// … as well as a rescue team" coordinates the team with the verb's other
// object, so the verb is the team's too.
func (a *analysis) asWellAsBefore(k, from int) bool {
	j := k - 1
	if j >= 0 && (a.lw(j) == "a" || a.lw(j) == "an" || a.lw(j) == "the") {
		j--
	}
	return j-2 >= from && a.lw(j) == "as" && a.lw(j-1) == "well" && a.lw(j-2) == "as"
}
