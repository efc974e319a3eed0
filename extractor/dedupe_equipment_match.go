package extractor

// Matching helpers of the equipment granularity step (dedupe_equipment.go):
// title lines, generic goods, descriptions, served systems, model names,
// names in brackets, kinds of heads and the goods of a sentence.

import (
	"slices"
	"strings"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// allNamedIn reports whether every item of xs is the same item as one of
// ys: sameItem, and no model name in one that the other lacks ("tactical
// air defence systems" is not "the SAMP-T air defence system").
func allNamedIn(xs, ys []string) bool {
	for _, x := range xs {
		if !slices.ContainsFunc(ys, func(y string) bool { return sameItem(x, y) && !ownModelName(x, y) && !ownModelName(y, x) }) {
			return false
		}
	}
	return true
}

// sentenceGoods returns the items of the equipment quantities of the
// sentence that starts at byte offset b; none when no sentence starts
// there.
func (a *analysis) sentenceGoods(b int) []string {
	si := a.sentAt(b)
	if si < 0 {
		return nil
	}
	var items []string
	for _, q := range a.quantsOf(si) {
		if q.sent == si && q.kind == news.KindEquipment && q.item != "" {
			items = append(items, q.item)
		}
	}
	return items
}

// titleLine reports whether c's evidence lies on a title line: a line of
// at most 20 words that holds all of the evidence, does not end a
// sentence (no final ".", "!", "?", ":", ";" or closing quote) and is no
// bullet.
func titleLine(text string, c news.Commitment) bool {
	if c.Start < 0 || c.Start > len(text) {
		return false
	}
	from := strings.LastIndexByte(text[:c.Start], '\n') + 1
	to := strings.IndexByte(text[c.Start:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += c.Start
	}
	line := strings.TrimSpace(text[from:to])
	if line == "" || c.End > to || moreFields(line, 20) {
		// (a sentence that runs on to the next line is wrapped body text)
		return false
	}
	for _, bullet := range []string{"-", "*", "•", "–", "—"} {
		if strings.HasPrefix(line, bullet) {
			return false
		}
	}
	for _, end := range []string{".", "!", "?", ":", ";", "\"", "”", "'", "’"} {
		if strings.HasSuffix(line, end) {
			return false
		}
	}
	return true
}

// genericHeads are the head nouns of goods too vague to be a line beside
// the goods the body names: "medical supplies", "military aid", "more
// weapons", "relief goods".
var genericHeads = map[string]bool{"supplies": true, "aid": true, "assistance": true, "equipment": true,
	"weapons": true, "arms": true, "weaponry": true, "materiel": true, "hardware": true, "goods": true,
	"items": true, "materials": true, "material": true}

// genericGoodsItem reports whether item names generic goods: one of
// genericGoods or a phrase whose head noun is one of genericHeads.
func genericGoodsItem(item string) bool {
	if genericGoods[strings.ToLower(item)] {
		return true
	}
	ws := strings.Fields(strings.ToLower(item))
	return len(ws) > 0 && genericHeads[ws[len(ws)-1]]
}

// describesBefore reports whether c's item follows "used as", "serve as",
// "serving as", "act as" or "known as" in its evidence: it describes the
// item before it ("vessels that can be used as patrol ships").
func describesBefore(text string, c news.Commitment) bool {
	at := itemSpan(text, c)[0]
	if at < c.Start || c.Start < 0 {
		return false
	}
	ws := strings.Fields(strings.ToLower(text[c.Start:at]))
	if len(ws) < 2 || ws[len(ws)-1] != "as" {
		return false
	}
	switch ws[len(ws)-2] {
	case "used", "use", "serve", "serves", "serving", "act", "acting", "known":
		return true
	}
	return false
}

// servedName returns the lower-cased capitalised name after "for the"
// ("its", "their") or an all-capitals name after "for", right after c's
// item: "leopard" in "ammunition for the Leopard battle tanks", "himars"
// in "rockets for HIMARS"; "" when there is none.
func servedName(text string, c news.Commitment) string {
	end := itemSpan(text, c)[1]
	if end < 0 || end > c.End || c.End > len(text) {
		return ""
	}
	var buf [3]string // the words read below: "for", a determiner, the name
	ws := firstFields(text[end:c.End], buf[:0])
	if len(ws) < 2 || ws[0] != "for" {
		return ""
	}
	ws = ws[1:]
	determined := false
	switch ws[0] {
	case "the", "its", "their", "his", "her", "our":
		ws, determined = ws[1:], true
	}
	if len(ws) == 0 || ws[0][0] < 'A' || ws[0][0] > 'Z' {
		return ""
	}
	name := strings.Trim(ws[0], ".,;:")
	if !determined && strings.ToUpper(name) != name {
		return "" // "for Ukraine" names a recipient; "for HIMARS", "for the Leopard" a system
	}
	return strings.ToLower(name)
}

// ownModelName reports whether item names a model that other does not: a
// capitalised word of three letters or more, or a word with a digit, of
// item that is not in other ("Storm Shadow missile" against "offensive
// and defensive missiles").
func ownModelName(item, other string) bool {
	stem := func(w string) string { return strings.TrimSuffix(strings.ToLower(w), "s") }
	in := map[string]bool{}
	for _, w := range strings.Fields(other) {
		in[stem(w)] = true
	}
	for _, w := range strings.Fields(item) {
		named := len(w) >= 3 && w[0] >= 'A' && w[0] <= 'Z' || strings.ContainsAny(w, "0123456789")
		if named && !in[stem(w)] {
			return true
		}
	}
	return false
}

// headKinds maps head nouns (without a plural "s") that name one kind of
// materiel to that kind: a text that says "aircraft" and then "fighter
// jets", or "vessels" and then "patrol ships", names one item.
var headKinds = map[string]string{"aircraft": "aircraft", "jet": "aircraft", "plane": "aircraft", "fighter": "aircraft",
	"airplane": "aircraft", "warplane": "aircraft",
	"ship": "vessel", "vessel": "vessel", "boat": "vessel",
	"shell": "ammunition", "round": "ammunition", "ammunition": "ammunition", "munition": "ammunition"}

// sameItemIn reports whether lines x and y name the same materiel: by
// sameItem, or when the name in brackets after one's item is a word of the
// other's ("National Advanced Surface-to-Air Missile Systems (NASAMS)" and
// "eight NASAMS launchers", "armoured personnel carriers (APCs)" and "20
// APCs").
func sameItemIn(text string, x, y news.Commitment) bool {
	if sameItem(x.Item, y.Item) {
		return true
	}
	has := func(item, name string) bool {
		if name == "" {
			return false
		}
		for _, w := range strings.Fields(item) {
			if w == name || strings.TrimSuffix(w, "s") == strings.TrimSuffix(name, "s") {
				return true
			}
		}
		return false
	}
	return has(y.Item, bracketName(text, x)) || has(x.Item, bracketName(text, y))
}

// bracketName returns the name in brackets right after c's item in the
// text ("NASAMS" in "… Missile Systems (NASAMS)"): one word of at most 12
// bytes; "" when there is none.
func bracketName(text string, c news.Commitment) string {
	end := itemSpan(text, c)[1]
	if end < 0 || end >= len(text) {
		return ""
	}
	rest := strings.TrimLeft(text[end:min(len(text), end+16)], " ")
	if !strings.HasPrefix(rest, "(") {
		return ""
	}
	name, _, ok := strings.Cut(rest[1:], ")")
	if !ok || name == "" || strings.ContainsAny(name, " ,;") {
		return ""
	}
	return name
}
