package extractor

import (
	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleEquipReceived: counted goods that a recipient receives, for the giver
// of the gift told in the sentences just before: "China donated medical
// kits to three hospitals. Each hospital will get 10,000 masks, 300
// goggles and 20 thermometers."
const ruleEquipReceived = "frame.equipment-received"

// receivedGiftFrame matches counted goods after a verb of receiving whose
// giver the sentence does not name, for the giver of goods in the three
// sentences before (goodsGiverBefore: the subject of a verb of giving in
// a sentence that names goods). The goods share the status of that gift
// when it was handed over ("donated"): they are its parts. A guess from
// the text around: below review.
//
// Not: a sentence that names an actor after the verb ("received 40 tanks
// from Poland": the "from" frames), a negated verb ("has not received"),
// goods bought or lost, a giver that is the recipient, or a giver whose
// sentence names no goods ("Japan pledged $5 million. The army got 40
// trucks" is no gift of trucks by Japan).
func (a *analysis) receivedGiftFrame(q *quantity, s span) (frame, bool) {
	if q.kind != news.KindEquipment || q.num == nil || q.sent == 0 {
		return frame{}, false
	}
	k := a.enumStart(q) - 1
	for k > s.start && (a.has(k, cQualifier) || a.lw(k) == "also" || a.lw(k) == "each" || a.lw(k) == "another" || a.lw(k) == "additional") {
		k--
	}
	if k <= s.start || !a.has(k, cReceive) || a.notBefore(k, s) {
		return frame{}, false
	}
	recipient := ""
	for _, am := range a.actorsOf(s) {
		if am.start > k {
			return frame{}, false // the giver or a place named in the clause: other frames
		}
		if am.subject || len(am.code) == 2 && !a.afterPrep(am.start) {
			recipient = am.code // the receiver: "Russia will receive …"
		}
	}
	for j := s.start; j < s.end; j++ {
		if notGivenFrom(a.lw(j)) || a.has(j, cCasualty) {
			return frame{}, false
		}
	}
	giver, ok := a.goodsGiverBefore(q.sent)
	if !ok || giver.code == recipient || recipient != "" && !a.namesActor(giver.sent, recipient) {
		return frame{}, false // the giver itself, or another receiver than the gift's
	}
	f := frame{actors: []actorMention{giver}, anchor: span{k, k + 1}, rule: ruleEquipReceived, conf: 0.5,
		window: span{k, min(s.end, q.end+3)}}
	// (a future receipt of more goods is a gift of its own: "Kyiv will
	// also get 12 howitzers by the end of the year")
	more := false
	for j := s.start; j < q.start; j++ {
		switch a.lw(j) {
		case "also", "additional", "another", "further", "more":
			more = true
		}
	}
	if a.stats.sentCls[giver.sent]&(1<<cDeliveryPast) != 0 && !(more && a.irrealis(s.start, k+1)) {
		f.forced = news.StatusDelivered // the parts of a gift handed over
	}
	return f, true
}

// namesActor reports whether sentence si names the actor code.
func (a *analysis) namesActor(si int, code string) bool {
	for _, am := range a.actorsOf(a.sents[si]) {
		if am.code == code {
			return true
		}
	}
	return false
}
