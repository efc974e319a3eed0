package extractor

import (
	"math"
	"strings"
	"unicode"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// guardRoundedRepeat drops a rounded restatement of an exact amount.
const guardRoundedRepeat = "guard.rounded-repeat"

// dropRoundedRepeats drops a money line whose amount is a rounded,
// hedged restatement of another money line of the same actor, currency
// and status in another sentence: "Germany pledged €1.03 billion …" and
// later "the package of about €1 billion" are one commitment (see the
// conventions: the same commitment said twice is one line). The dropped
// amount is marked approximate ("about", "around", "some", "roughly",
// "nearly", "almost", "over", "more than") before its value, has at most
// two significant digits, lies within 5% of the other and is no "further",
// "additional" or "… more" amount; the exact amount stays.
func dropRoundedRepeats(cs []news.Commitment, order []int) ([]news.Commitment, []int) {
	type key struct {
		actor, currency string
		status          news.Status
	}
	var groups map[key][]int
	for i, c := range cs {
		if c.Kind != news.KindMoney || c.Amount == nil || *c.Amount <= 0 {
			continue
		}
		if groups == nil {
			groups = map[key][]int{}
		}
		k := key{c.Actor, c.Currency, c.Status}
		groups[k] = append(groups[k], i)
	}
	var drop []bool
	var approx []bool // approximated of the lines of the groups, read once
	for _, g := range groups {
		if len(g) < 2 {
			continue
		}
		if approx == nil {
			approx = make([]bool, len(cs))
		}
		for _, i := range g {
			approx[i] = approximated(cs[i])
		}
		for _, i := range g {
			x := &cs[i]
			if !approx[i] || !round(*x.Amount) || markedMore(*x) || moreAfter(*x) {
				continue
			}
			for _, j := range g {
				y := &cs[j]
				if j == i || y.Start == x.Start || *y.Amount == *x.Amount || approx[j] || drop != nil && drop[j] {
					continue
				}
				if math.Abs(*y.Amount-*x.Amount) <= 0.05*math.Max(*x.Amount, *y.Amount) {
					if drop == nil {
						drop = make([]bool, len(cs))
					}
					drop[i] = true
					break
				}
			}
		}
	}
	if drop == nil {
		return cs, order
	}
	return keepUnmarked(cs, order, func(i int) bool { return drop[i] })
}

// approximated reports whether c's value is hedged as approximate by a
// word at its start or right before it in the evidence: "about €1
// billion", "some $500 million", "more than £2bn".
func approximated(c news.Commitment) bool {
	if c.ValueSpan == nil {
		return false
	}
	at := c.ValueSpan[0] - c.Start
	end := c.ValueSpan[1] - c.Start
	if at < 0 || end > len(c.Evidence) || at > end {
		return false
	}
	// the first word of the value and the last words before it, three in
	// all, lower-cased one at a time (the words of strings.Fields)
	var buf [16]byte
	n := 3
	if v := strings.TrimLeftFunc(c.Evidence[at:end], unicode.IsSpace); v != "" {
		if i := strings.IndexFunc(v, unicode.IsSpace); i >= 0 {
			v = v[:i]
		}
		if approxWord(lowerShort(v, &buf)) {
			return true
		}
		n--
	}
	before := c.Evidence[:at]
	for ; n > 0; n-- {
		var w string
		if before, w = lastField(before); w == "" {
			break
		}
		if approxWord(lowerShort(w, &buf)) {
			return true
		}
	}
	return false
}

// approxWord reports whether the lower-case word w hedges a number.
func approxWord(w string) bool {
	switch w {
	case "about", "around", "some", "roughly", "approximately", "nearly", "almost", "over", "than", "approx", "circa", "~":
		return true
	}
	return false
}

// round reports whether v has at most two significant digits: 1 billion,
// 1.5 billion, 250 million.
func round(v float64) bool {
	if v <= 0 {
		return false
	}
	p := math.Pow(10, math.Floor(math.Log10(v))-1)
	return math.Abs(v/p-math.Round(v/p)) < 1e-6
}

// moreAfter reports whether "more" or "extra" follows c's value in its
// evidence: "about €1 billion more" is one more amount.
func moreAfter(c news.Commitment) bool {
	if c.ValueSpan == nil {
		return false
	}
	end := c.ValueSpan[1] - c.Start
	if end < 0 || end > len(c.Evidence) {
		return false
	}
	w := strings.Fields(strings.ToLower(c.Evidence[end:]))
	return len(w) > 0 && (strings.HasPrefix(w[0], "more") || strings.HasPrefix(w[0], "extra"))
}
