package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleJointMembers names the line of one country of a coordinated list
// after "from" whose quantity is the list's total of money that values
// goods: "€40 million worth of equipment bought with contributions from
// A, B and C". (A joint troop total is troops.joint-member's.)
const ruleJointMembers = "frame.joint-members"

// jointFromMembers gives each country of a list after "from" that holds
// one joint amount of money valuing goods ("equipment worth", "worth of
// equipment"; frame.from made one group line of it) a line of its own:
// the goods, without a number. Plain money gives none (a member's share
// is not told). The status is the group line's.
func (a *analysis) jointFromMembers(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		for _, q := range a.quantsOf(si) {
			if q.sent != si || q.num == nil || q.kind != news.KindMoney {
				continue // (troops: jointMembers, after the group line)
			}
			goods, valued := a.valuedGoods(q)
			if !valued {
				continue
			}
			if !a.fromListAfter(q.end, s) {
				continue // cheap test before the frame
			}
			f, ok := a.frameFor(&q)
			if !ok || f.rule != ruleFrom {
				continue
			}
			// settle makes one group of the list that holds a joint number
			if f, ok = a.settle(f, &q); !ok || len(f.actors) != 1 || f.actors[0].cls != cGroup {
				continue
			}
			g := f.actors[0]
			var members []actorMention
			for _, am := range a.listAt(g.start, s) {
				if len(am.code) != 2 || am.cls == cDemonym || am.cls == cGroup || am.end > g.end {
					members = nil
					break
				}
				members = append(members, am)
			}
			if len(members) < 2 || members[len(members)-1].end != g.end {
				continue
			}
			f, q = a.membersShare(f, q, members, ruleJointMembers, goods, true)
			emit(f, q, q.item)
		}
	}
}

// fromListAfter reports whether "from" follows token k of s within eight
// tokens and is followed by two coordinated countries.
func (a *analysis) fromListAfter(k int, s span) bool {
	for j := k; j < s.end && j < k+8; j++ {
		if a.lw(j) != "from" {
			continue
		}
		return len(a.listAt(j+1, s)) >= 2
	}
	return false
}
