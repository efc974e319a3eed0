package extractor

import "github.com/pledgewatch/pledgewatch/internal/news"

// elidedSubjectCount reads a bare count that is the subject of a passive
// of giving or a verb of arrival, its noun left out because it repeats the
// counted materiel named before in the sentence or the one before it:
// "delivered ten tanks in March after four were delivered in February",
// "promised 200 vehicles, of which 116 have been delivered", "three
// systems were handed over; another four are expected next year", "18
// more will arrive in the coming days". The quantity takes the item of
// that materiel (equipment only: "after four were killed" is no verb of
// giving, and troops are counted elsewhere). The count must open its
// clause: the start of the sentence, or after a joiner ("after", "while",
// "and", a comma, "of which", "another").
func (a *analysis) elidedSubjectCount(p numPhrase, si int, s span) (quantity, bool) {
	i, end := p.start, p.end
	if a.isYear(i) || p.scaled || end >= s.end {
		return quantity{}, false
	}
	if !a.opensCountClause(i, s) {
		return quantity{}, false
	}
	k := end
	if a.lw(k) == "more" || a.lw(k) == "others" {
		k++
	}
	if _, ok := a.arrivalVerbAfter(k, s); !ok {
		return quantity{}, false
	}
	o, ok := a.countedBefore(si, 1, func(o *quantity) bool {
		return o.kind != news.KindEquipment || o.num == nil || o.item == ""
	})
	if !ok {
		return quantity{}, false
	}
	return quantity{span: span{i, k}, kind: news.KindEquipment, num: a.keepNum(p), sent: si, item: o.item}, true
}

// opensCountClause reports whether the count at i opens its clause: the
// start of s, or right after "after", "while", "whereas", "and", "but", a
// comma or a semicolon, "of which", "of them", or "another" / "a further"
// after one of those.
func (a *analysis) opensCountClause(i int, s span) bool {
	b := i - 1
	if b >= s.start && (a.lw(b) == "another" || a.lw(b) == "further" && b-1 >= s.start && a.lw(b-1) == "a") {
		if a.lw(b) == "further" {
			b--
		}
		b--
	}
	if b < s.start {
		return true
	}
	switch a.lw(b) {
	case "after", "while", "whereas", "and", "but", ",", ";":
		return true
	case "which", "them", "these", "those":
		return b-1 >= s.start && a.lw(b-1) == "of"
	}
	return false
}

// arrivalVerbAfter reads, from token k, the verb of a clause whose subject
// is goods given: up to three auxiliaries ("were", "have been", "will
// be", "are to be") and a participle of giving ("delivered", "handed",
// "transferred" …) or of expectation ("expected", "due", "scheduled"), or
// a verb of arrival ("will arrive", "arrived", "will follow"). It returns
// the token after the verb.
func (a *analysis) arrivalVerbAfter(k int, s span) (int, bool) {
	aux := 0
	for k < s.end && aux < 3 {
		switch a.lw(k) {
		case "were", "was", "have", "has", "had", "been", "will", "would", "be", "are", "is", "to", "should", "already", "also", "now":
			k++
			aux++
			continue
		}
		break
	}
	if k >= s.end {
		return 0, false
	}
	switch a.lw(k) {
	case "delivered", "supplied", "sent", "shipped", "transferred", "handed", "provided", "donated", "dispatched",
		"expected", "due", "scheduled":
		return k + 1, aux > 0
	case "arrive", "arrived", "arriving", "follow", "followed", "arrives":
		return k + 1, true
	}
	return 0, false
}
