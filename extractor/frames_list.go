package extractor

import (
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// List frames: an actor at the start of a line, a colon or dash, then
// the quantity ("Poland: 2,500 troops"), and the antecedents and
// coordinated actors list lines read. Bullets and recipient rows under a
// header that ends with a colon are read in frames_list_bullet.go.

// lineStart returns the first token of the line of sentence s after
// bullets and list numbering, or -1 when s does not start a line. The
// answer for each of a.sents is remembered in a.lineStarts.
func (a *analysis) lineStart(s span) int {
	si := a.sentOf(s)
	if si < 0 || si >= len(a.lineStarts) {
		return a.lineStartOf(s)
	}
	if a.lineStarts[si] == -2 {
		a.lineStarts[si] = int32(a.lineStartOf(s))
	}
	return int(a.lineStarts[si])
}

// lineStartOf computes lineStart.
func (a *analysis) lineStartOf(s span) int {
	if !a.toks[s.start].nl {
		// "1. Germany – €100 million": a numbered item cut off as a sentence
		if k := s.start; k >= 2 && a.toks[k-2].nl && a.toks[k-2].kind == tNum && a.tx(k-1) == "." && !a.toks[k].nl {
			return k
		}
		return -1
	}
	k := s.start
	for k < s.end {
		t := a.toks[k]
		switch {
		case t.kind == tPunct && strings.ContainsAny(a.tx(k), "-•*–—·▪►|"):
			k++
		case t.kind == tNum && k+1 < s.end && (a.tx(k+1) == "." || a.tx(k+1) == ")"):
			k += 2
		case k == s.start && a.tx(k) == "(" && k+2 < s.end && a.toks[k+1].kind == tNum && a.tx(k+2) == ")":
			k += 3 // "(2) Relief goods: $0.6 million"
		case k == s.start && t.kind == tWord && len(a.tx(k)) == 1 && a.tx(k) >= "a" && a.tx(k) <= "h" && k+1 < s.end && a.tx(k+1) == ")":
			k += 2 // "a) Japan: $77 million"
		default:
			return k
		}
	}
	return -1
}

// antecedent returns the first subject actor (a country, the EU or NATO)
// of the nearest of sentences si, si-1, … si-n+1 that has one.
//
// Two countries joined as one subject ("Germany and France said …") are
// no single antecedent: it reports false. A country after a word of harm
// ("quake-hit Turkey": victimBefore) is passed over.
func (a *analysis) antecedent(si, n int) (actorMention, bool) {
	for k := si; k >= 0 && k > si-n; k-- {
		acts := a.actorsOf(a.sents[k])
		for i, am := range acts {
			if am.subject && am.cls != cGroup && !strings.HasPrefix(am.code, "group:") && !a.victimBefore(am.start) {
				if i+1 < len(acts) && acts[i+1].code != am.code && acts[i+1].cls != cGroup && a.joined(am.end, acts[i+1].start) {
					return actorMention{}, false
				}
				return am, true
			}
		}
	}
	return actorMention{}, false
}

// listFrame matches "Poland: 2,500 troops", "- Canada – $500 million":
// an actor at the start of a line, a colon or dash, then the quantity with
// no trigger between.
func (a *analysis) listFrame(q *quantity, s span) (frame, bool) {
	ls := a.lineStart(s)
	if ls < 0 && a.colonSentence(q, s) {
		ls = s.start
	}
	if ls < 0 {
		return frame{}, false
	}
	var first *actorMention
	if n := a.actorEndingAt(ls, s); n >= 0 && a.actors[n].start == ls {
		first = &a.actors[n]
	} else if n := a.actorEndingAt(ls+1, s); n >= 0 && a.actors[n].start == ls+1 && a.lw(ls) == "the" &&
		a.actors[n].cls == cCountry && a.theListMark(a.actors[n].end, ls > s.start) {
		first = &a.actors[n] // "The United States: $5 million", "- the United Kingdom – £5m"
	}
	if first == nil || first.end > q.start || q.num == nil && q.kind != news.KindEquipment {
		return frame{}, false
	}
	// "Japan has provided funding to the following countries:" then
	// "Kenya: $5 million": the line names the recipient of the header's donor
	if f, ok := a.recipientRow(q, s, *first); ok {
		return f, true
	}
	// only the first quantity of each kind after the marker belongs to the
	// line's actor ("United Kingdom: £1.7bn – for 5 000 missiles")
	conf := 0.8
	enum := q.start
	if q.kind == news.KindEquipment {
		enum = a.enumStart(q)
	}
	for _, o := range a.quantsOf(q.sent) {
		if o.sent == q.sent && o.start >= first.end && o.end <= q.start && o.start < enum && o.kind != news.KindSupport {
			if o.kind == q.kind || q.num == nil {
				if st, ok := a.columnStatus(q, s); ok && q.kind == news.KindMoney {
					// "| Japan | $77 million | $40 million |" under "| Country | Pledged | Delivered |"
					f := frame{actors: []actorMention{*first}, anchor: span{q.start, q.start + 1}, rule: ruleList, window: span{q.start, q.end}, conf: 0.6, forced: st, name: ruleListColumn}
					return f, a.listRowHeader(&f, q)
				}
				return frame{}, false // "Japan: USD34.6 million – transformers" describes the money
			}
			conf = 0.7
		}
	}
	// "Denmark, Sweden and Finland — EUR 10 million each"
	actors := a.listAt(ls, s)
	if len(actors) == 0 || actors[0].start != first.start || actors[len(actors)-1].end > q.start {
		actors = []actorMention{*first}
	}
	last := actors[len(actors)-1]
	marker := -1
	for k := last.end; k < q.start; k++ {
		t, tx := a.toks[k], a.tx(k)
		if a.has(k, cTrigger, cDeliveryPast) {
			return frame{}, false
		}
		// "Ukraine has received the following: 12 graders": a country
		// that receives before the mark is the recipient (not "Sweden:
		// we have received from …", a line of the recipient's thanks)
		if marker < 0 && a.has(k, cReceive) {
			return frame{}, false
		}
		// "| €100 million" in a table; "• Germany, €100 million" after a bullet mark
		if marker < 0 && (tx == ":" || tx == "–" || tx == "—" || tx == "-" && !t.glued || tx == "(" || tx == "|" || tx == "," && k+1 == q.start && (ls > s.start || a.moneyEndsLine(q, s))) {
			marker = k
		}
	}
	if marker < 0 && last.end == q.start && a.cellIndex(s, q.start+1) == 2 {
		marker = q.start // "Japan<TAB>$77 million<TAB>$40 million": a row of a table with tabs
	}
	if q.kind == news.KindMoney && a.moneyNotGiven(q, s) {
		return frame{}, false // "Ukraine: $40 billion needed for reconstruction"
	}
	if q.kind == news.KindMoney && marker >= 0 && a.levelBefore(marker, q) {
		return frame{}, false // "Germany: average salary rises to €4,500"
	}
	if marker >= 0 && a.tx(marker) == "(" && q.kind != news.KindMoney && a.verbAfterList(q, s) {
		return frame{}, false // "Canada (8) and Norway (8) have delivered tanks": the brackets' frame reads it
	}
	if marker >= 0 && a.tx(marker) == "(" && q.kind == news.KindMoney && a.recipientSentence(s) {
		return frame{}, false // "Kenya ($50 million) and Uganda ($40 million) are among the recipients"
	}
	if marker < 0 {
		// a donor line without a mark: "Japan $77 million" alone on its line
		end := q.end
		for end < s.end && a.toks[end].kind == tPunct && a.tx(end) != "(" {
			end++
		}
		if last.end != q.start || q.num == nil || end != s.end || s.end < len(a.toks) && !a.toks[s.end].nl {
			return frame{}, false
		}
		f := frame{actors: actors, anchor: span{q.start, q.start + 1}, rule: ruleList, window: span{ls, q.end}, conf: 0.7}
		return f, a.listRowHeader(&f, q)
	}
	// the status may follow what is listed, up to the end of its clause:
	// "– EUR 120 million delivered", "– USD 1.2 billion since 2022, …"
	end := q.end
	for end < s.end && end < q.end+8 && !a.has(end, cClauseBreak) {
		if t := a.tx(end); t == "," || t == ";" || t == "–" || t == "—" || t == "|" || t == "(" {
			break
		}
		end++
	}
	f := frame{actors: actors, anchor: span{marker, marker + 1}, rule: ruleList, window: span{ls, end}, conf: conf}
	return f, a.listRowHeader(&f, q)
}

// moneyNotGiven reports money that a word right after it names as
// needed, lost or held rather than given: "$40 billion needed for
// reconstruction", "$300 billion in frozen assets", "€2 billion in
// damage" (up to a punctuation mark: "– budget support" is aid).
func (a *analysis) moneyNotGiven(q *quantity, s span) bool {
	for k := q.end; k < s.end && k <= q.end+3 && a.toks[k].kind != tPunct; k++ {
		switch a.lw(k) {
		case "needed", "required", "sought", "requested", "shortfall", "gap", "frozen", "assets", "damage", "damages", "losses", "debt", "debts", "deficit", "exports", "imports", "trade", "revenue", "revenues":
			return true
		}
	}
	return false
}

// moneyEndsLine reports whether money q ends its line, only punctuation
// after it: "Germany, €500 million" alone on a line of a table.
func (a *analysis) moneyEndsLine(q *quantity, s span) bool {
	if q.kind != news.KindMoney || q.num == nil {
		return false
	}
	for k := q.end; k < s.end; k++ {
		if a.toks[k].kind != tPunct {
			return false
		}
	}
	return s.end >= len(a.toks) || a.toks[s.end].nl
}

// colonSentence reports whether sentence s, inside a paragraph, is only
// an actor, a colon and money q: "Donors pledged $2.4 billion. Germany:
// $500 million. France: €200 million." reads as a list run into a line.
func (a *analysis) colonSentence(q *quantity, s span) bool {
	if q.kind != news.KindMoney || q.num == nil || q.start-2 < s.start || a.tx(q.start-1) != ":" {
		return false
	}
	n := a.actorEndingAt(q.start-2, s)
	if n < 0 || a.actors[n].start != s.start && !(a.actors[n].start == s.start+1 && a.lw(s.start) == "the") {
		return false
	}
	for k := q.end; k < s.end; k++ {
		if a.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// listAt returns the coordinated actors starting at token k (after an
// optional "the", which may also be part of the name: "the Netherlands").
func (a *analysis) listAt(k int, s span) []actorMention {
	first := k
	if k < s.end && a.lw(k) == "the" {
		k++
	}
	acts := a.actorsOf(s)
	i := 0
	// ("the Netherlands": "the" may be inside the name)
	for i < len(acts) && acts[i].start != k && acts[i].start != first {
		i++
	}
	if i == len(acts) {
		return nil
	}
	j := i + 1
	for j < len(acts) && a.joined(acts[j-1].end, acts[j].start) {
		j++
	}
	return a.keepActors(acts[i:j])
}
