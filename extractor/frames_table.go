package extractor

import (
	"strconv"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// ruleRecipientTable names the rows of a table of recipients under a
// header that names the donor and the goods.
const ruleRecipientTable = "frame.recipient-table"

// recipientTableFrames reads a table of recipients and counts under a
// header that names the donor, a verb of giving and uncounted goods:
//
//	The U.S. has donated vaccines as follows:
//	Afghanistan 3,300,000   Malaysia 1,000,000
//	Argentina 3,500,000     Mali 151,000
//
// Each row (a name, then a number; several may share a line, even glued)
// is one equipment line of the donor, counted, for that recipient, with
// the status of the header. A "Total" row and the first line that is not
// a row end the table.
func (a *analysis) recipientTableFrames(emit func(frame, quantity, string)) {
	for si, s := range a.sents {
		if s.end-s.start < 3 || a.tx(s.end-1) != ":" || si+1 >= len(a.sents) {
			continue
		}
		// the goods: an uncounted equipment phrase of the header
		var goods *quantity
		for i := range a.quants {
			if q := &a.quants[i]; q.sent == si && q.kind == news.KindEquipment && q.num == nil {
				goods = q
				break
			}
		}
		if goods == nil {
			continue
		}
		t, ok := a.triggerBefore(goods.start, s, 8)
		if !ok {
			continue
		}
		hf, ok := a.subjectFrame(t, s)
		if !ok || hf.rule != ruleActive {
			continue
		}
		hf.window = span{hf.window.start, s.end}
		st, _ := a.status(hf)
		for sj := si + 1; sj < len(a.sents); sj++ {
			rows, ok := a.tableRows(a.sents[sj])
			if !ok {
				break
			}
			total := false
			for _, r := range rows {
				name := a.text[a.toks[r.name.start].start:a.toks[r.name.end-1].end]
				if strings.EqualFold(name, "total") {
					total = true
					break
				}
				f := frame{actors: hf.actors, anchor: span{t.start, t.end}, rule: ruleRecipientTable,
					window: span{r.name.start, r.num.end}, conf: 0.6, forced: st}
				if n := a.actorEndingAt(r.name.start, a.sents[sj]); n >= 0 && a.actors[n].end == r.name.end && len(a.actors[n].code) == 2 {
					f.to = a.actors[n].code
				}
				num := r.num
				q := quantity{span: span{r.name.start, r.num.end}, kind: news.KindEquipment, num: &num, sent: sj,
					item: goods.item + " – " + name}
				emit(f, q, q.item)
			}
			if total {
				break
			}
		}
	}
}

// tableRow is one row of a recipient table: a name and its number.
type tableRow struct {
	name span
	num  numPhrase
}

// tableRows parses a line made only of rows "Name 1,000" (glued or not);
// ok is false when the line is anything else.
func (a *analysis) tableRows(s span) ([]tableRow, bool) {
	var rows []tableRow
	k := s.start
	for k < s.end {
		start := k
		for k < s.end && (a.toks[k].kind == tWord || k > start && (a.tx(k) == "'" || a.tx(k) == "’" || a.tx(k) == "-" || a.tx(k) == ".")) {
			k++
		}
		if k == start || k >= s.end || a.toks[k].kind != tNum || !a.upper(start) {
			return nil, false
		}
		// (the number may be glued to the name before it: "Afghanistan3,300,000")
		v, err := strconv.ParseFloat(strings.ReplaceAll(a.tx(k), ",", ""), 64)
		if err != nil || v <= 0 {
			return nil, false
		}
		rows = append(rows, tableRow{name: span{start, k}, num: numPhrase{start: k, end: k + 1, value: v}})
		k++
	}
	return rows, len(rows) > 0
}
