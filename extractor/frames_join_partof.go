package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// A country named as a participant of a coalition or operation in an
// "as part of" phrase beside its own clause: "Britain and Norway, as part
// of the maritime coalition, will look for ways to …", "As part of the
// naval coalition, Spain will …". By the conventions a country named as
// a participant in a coalition gets its own line.

// rulePartOf names the support of a country that acts "as part of" a
// multinational coalition or operation (partOfFrames).
const rulePartOf = "frame.part-of"

// partOfFrames finds "as part of" + an operation noun (operationAfter:
// not a peace initiative or a ruling coalition) with the countries it
// describes: the coordinated countries right before the comma that opens
// the phrase ("A and B, as part of the coalition, will …") or right after
// the comma that closes a fronted one ("As part of the coalition, A
// will …"). Each country gets one support line, participation, with the
// status of its clause; a country that already has a line of the
// sentence (committed, any kind) gets none: the line it has is what it
// gives as part of the operation.
func (a *analysis) partOfFrames(emit func(frame, quantity, string), committed func(actor string, start int) bool) {
	emit = a.unlessQuestion(emit)
	for si, s := range a.sents {
		if a.stats.sentCls[si]&(1<<cOperationNoun) == 0 {
			continue
		}
		for k := s.start; k+3 < s.end; k++ {
			if a.lw(k) != "as" || a.lw(k+1) != "part" || a.lw(k+2) != "of" {
				continue
			}
			op, ok := a.operationAfter(k+3, s)
			if !ok {
				continue
			}
			var actors []actorMention
			switch {
			case k-2 >= s.start && a.tx(k-1) == ",":
				// "A and B, as part of the coalition, will …"
				if n := a.actorEndingAt(k-2, s); n >= 0 && a.actors[n].end == k-1 {
					actors = a.coordinated(n, s)
				}
			case k == s.start || a.toks[k-1].kind == tPunct && a.tx(k-1) != ",":
				// "As part of the coalition, A will …"
				for c := op.end; c < s.end && c < op.end+6; c++ {
					if a.tx(c) == "," {
						actors = a.listAt(c+1, s)
						break
					}
				}
			}
			var named []actorMention
			start := a.toks[s.start].start
			for _, am := range actors {
				if (len(am.code) == 2 || am.code == "EU") && am.cls != cGroup && !committed(am.code, start) {
					named = append(named, am)
				}
			}
			if len(named) == 0 {
				continue
			}
			item := "participation in " + a.text[a.toks[op.start].start:a.toks[op.end-1].end]
			// the window takes in the verb group of the clause the phrase
			// stands in, for its status ("will look for ways to")
			win := span{min(k, named[0].start), min(s.end, max(op.end, named[len(named)-1].end)+7)}
			f := frame{actors: named, anchor: span{k, op.end}, rule: rulePartOf, window: win, conf: 0.5}
			q := quantity{span: span{op.start, op.end}, kind: news.KindSupport, sent: si, item: item}
			emit(f, q, item)
		}
	}
}
