package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// equipmentUnits reads a unit of materiel as the materiel: "one company
// of tanks", "a battalion of Leopard tanks", "a squadron of jets". The
// troop unit noun (troop_unit) without a number, right before "of" and
// the equipment, counts the goods, it commits no personnel: the unit
// becomes a description (prepped) and the equipment after it, which the
// "of" had made a description, becomes what is committed.
func (a *analysis) equipmentUnits() {
	for i := 0; i+1 < len(a.quants); i++ {
		q := &a.quants[i]
		of := q.end
		if of < a.sents[q.sent].end && isQuote(a.tx(of)) {
			of++ // "sent “one company” of tanks"
		}
		if q.kind != news.KindTroops || q.num != nil || of >= a.sents[q.sent].end || a.lw(of) != "of" || !a.has(q.end-1, cTroopUnit) {
			continue
		}
		o := &a.quants[i+1]
		if o.sent != q.sent || o.start != of+1 || o.kind != news.KindEquipment {
			continue
		}
		q.prepped = true
		o.prepped = false
	}
}
