package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// Arms sales: a seller government's approval of a sale of equipment
// ("the State Department approved a possible sale of 116 tanks to
// Poland", saleFrame), the seller of a sale approved in the sentences
// before for a later "the sale also includes …" (sellerBefore), and the
// cues these read: verbs of approval (isApproval) and amounts of money
// between the verb and the sale (amountAt).

// sellerBefore returns the frame of the last arms sale approved in the
// sentences before q's ("… cleared a possible sale of tanks to Poland"),
// for a later "the sale also includes …".
func (a *analysis) sellerBefore(q *quantity, anchor, win span) (frame, bool) {
	for si := q.sent - 1; si >= 0 && si >= q.sent-farBack; si-- {
		s := a.sents[si]
		for k := s.start + 1; k < s.end; k++ {
			if !strings.HasPrefix(a.lw(k), "sale") {
				continue
			}
			// (a price between counts as one word: "approved the $23bn
			// (£18bn) sale")
			for j, n := k-1, 0; j >= s.start && n < 4; j-- {
				if a.amountAt(j) || a.tx(j) == "(" || a.tx(j) == ")" {
					continue
				}
				n++
				if !isApproval(a.lw(j)) {
					continue
				}
				f, ok := a.subjectFrame(match{start: j, end: j + 1}, s)
				if !ok || f.rule != ruleActive {
					return frame{}, false
				}
				return frame{actors: f.actors, anchor: anchor, rule: ruleSale, window: win, conf: 0.6, forced: news.StatusPledged}, true
			}
		}
	}
	return frame{}, false
}

// isApproval reports whether w is a verb of approving a sale: "approved",
// "cleared", "authorised", "greenlit".
func isApproval(w string) bool {
	for _, p := range []string{"approv", "clear", "authori", "greenlit", "green-lit", "greenlight"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// saleFrame matches a seller's approval of an arms sale: "the State
// Department approved a possible sale of 116 tanks to Poland", "Washington
// cleared the sale of F-16s". The seller commits the equipment, pledged
// whatever the hedge of "possible" (an approval is a decision).
func (a *analysis) saleFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment {
		return frame{}, false
	}
	k := q.start - 1
	// a model code before the name: "a sale of M1A1 Abrams tanks"
	for n := 0; k > s.start && n < 6 && a.lw(k) != "of" && a.toks[k].kind != tPunct && (a.toks[k+1].glued || !a.has(k, cStop, cTrigger)); n++ {
		k--
	}
	if k <= s.start || a.lw(k) != "of" {
		return frame{}, false
	}
	sale := a.beforeBracket(k-1, s) // "a foreign military sale (FMS) of"
	if sale <= s.start || a.lw(sale) != "sale" && a.lw(sale) != "sales" {
		return frame{}, false
	}
	// the verb of approval before "(a) (possible) sale"
	v := -1
	// (a price between counts as one word: "approved a $1.2 billion sale of")
	for j, n := sale-1, 0; j >= s.start && n < 5; j-- { // "approved a potential foreign military sale"
		if isApproval(a.lw(j)) {
			v = j
			break
		}
		if a.claimed[j] && a.amountAt(j) {
			continue
		}
		if a.toks[j].kind == tPunct {
			break
		}
		n++
	}
	if v < 0 {
		return frame{}, false
	}
	k = v
	f, ok := a.subjectFrame(match{start: k, end: k + 1}, s)
	if !ok {
		return frame{}, false
	}
	f.rule = ruleSale
	f.forced = news.StatusPledged
	if st, _ := a.status(&f); st == news.StatusDeclined {
		f.forced = st
	}
	f.window = span{f.window.start, min(s.end, q.end+3)}
	return f, true
}

// amountAt reports whether token j lies inside an amount of money.
func (a *analysis) amountAt(j int) bool {
	for _, o := range a.quantsNear(j, j) {
		if o.kind == news.KindMoney && o.start <= j && j < o.end {
			return true
		}
	}
	return false
}
