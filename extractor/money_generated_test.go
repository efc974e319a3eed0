package extractor

import (
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// genMoneyForm is one written form of an amount: text with "#" where the
// number goes, the ISO code it must give, and the country that gives it
// (the actor decides an ambiguous word such as "kroner" or "rupees").
type genMoneyForm struct {
	form, code, actor, iso string
}

// genMoneyForms lists, per currency, symbols before the number, ISO codes
// before and after, and currency names after the number and its scale.
var genMoneyForms = []genMoneyForm{
	{"$#", "USD", "The United States", "US"}, {"US$#", "USD", "The United States", "US"},
	{"USD #", "USD", "The United States", "US"}, {"# USD", "USD", "The United States", "US"},
	{"# US dollars", "USD", "The United States", "US"}, {"# dollars", "USD", "The United States", "US"},
	{"€#", "EUR", "Germany", "DE"}, {"EUR #", "EUR", "Germany", "DE"}, {"# euros", "EUR", "Germany", "DE"},
	{"# EUR", "EUR", "Germany", "DE"},
	{"£#", "GBP", "Britain", "GB"}, {"GBP #", "GBP", "Britain", "GB"}, {"# pounds", "GBP", "Britain", "GB"},
	{"# pounds sterling", "GBP", "Britain", "GB"},
	{"¥#", "JPY", "Japan", "JP"}, {"# yen", "JPY", "Japan", "JP"}, {"JPY #", "JPY", "Japan", "JP"},
	{"# yuan", "CNY", "China", "CN"}, {"# renminbi", "CNY", "China", "CN"}, {"RMB #", "CNY", "China", "CN"},
	{"CNY #", "CNY", "China", "CN"},
	{"₹#", "INR", "India", "IN"}, {"Rs #", "INR", "India", "IN"}, {"Rs. #", "INR", "India", "IN"},
	{"# rupees", "INR", "India", "IN"}, {"INR #", "INR", "India", "IN"},
	{"₩#", "KRW", "South Korea", "KR"}, {"# won", "KRW", "South Korea", "KR"}, {"KRW #", "KRW", "South Korea", "KR"},
	{"SR #", "SAR", "Saudi Arabia", "SA"}, {"# riyals", "SAR", "Saudi Arabia", "SA"}, {"SAR #", "SAR", "Saudi Arabia", "SA"},
	{"Dh #", "AED", "The UAE", "AE"}, {"AED #", "AED", "The UAE", "AE"},
	{"# dirhams", "AED", "The UAE", "AE"},
	{"QR #", "QAR", "Qatar", "QA"}, {"# riyals", "QAR", "Qatar", "QA"}, {"QAR #", "QAR", "Qatar", "QA"},
	{"KD #", "KWD", "Kuwait", "KW"}, {"# dinars", "KWD", "Kuwait", "KW"}, {"KWD #", "KWD", "Kuwait", "KW"},
	{"CHF #", "CHF", "Switzerland", "CH"}, {"# Swiss francs", "CHF", "Switzerland", "CH"},
	{"# francs", "CHF", "Switzerland", "CH"},
	{"C$#", "CAD", "Canada", "CA"}, {"CAD #", "CAD", "Canada", "CA"}, {"# Canadian dollars", "CAD", "Canada", "CA"},
	{"$#", "USD", "Canada", "CA"},
	{"A$#", "AUD", "Australia", "AU"}, {"AUD #", "AUD", "Australia", "AU"}, {"# Australian dollars", "AUD", "Australia", "AU"},
	{"NZ$#", "NZD", "New Zealand", "NZ"}, {"# New Zealand dollars", "NZD", "New Zealand", "NZ"},
	{"NOK #", "NOK", "Norway", "NO"}, {"# kroner", "NOK", "Norway", "NO"}, {"# Norwegian kroner", "NOK", "Norway", "NO"},
	{"# crowns", "NOK", "Norway", "NO"},
	{"SEK #", "SEK", "Sweden", "SE"}, {"# kronor", "SEK", "Sweden", "SE"}, {"# Swedish kronor", "SEK", "Sweden", "SE"},
	{"# crowns", "SEK", "Sweden", "SE"},
	{"DKK #", "DKK", "Denmark", "DK"}, {"# kroner", "DKK", "Denmark", "DK"}, {"# Danish kroner", "DKK", "Denmark", "DK"},
	{"# zloty", "PLN", "Poland", "PL"}, {"# zł", "PLN", "Poland", "PL"}, {"PLN #", "PLN", "Poland", "PL"},
	{"# Kč", "CZK", "The Czech Republic", "CZ"}, {"CZK #", "CZK", "The Czech Republic", "CZ"},
	{"# koruna", "CZK", "The Czech Republic", "CZ"}, {"# crowns", "CZK", "The Czech Republic", "CZ"},
	{"# lira", "TRY", "Turkey", "TR"}, {"TRY #", "TRY", "Turkey", "TR"}, {"₺#", "TRY", "Turkey", "TR"},
	{"R$#", "BRL", "Brazil", "BR"}, {"# reais", "BRL", "Brazil", "BR"}, {"BRL #", "BRL", "Brazil", "BR"},
	{"# rand", "ZAR", "South Africa", "ZA"}, {"ZAR #", "ZAR", "South Africa", "ZA"},
	{"₦#", "NGN", "Nigeria", "NG"}, {"# naira", "NGN", "Nigeria", "NG"}, {"NGN #", "NGN", "Nigeria", "NG"},
	{"KSh #", "KES", "Kenya", "KE"}, {"# shillings", "KES", "Kenya", "KE"}, {"KES #", "KES", "Kenya", "KE"},
	{"E£#", "EGP", "Egypt", "EG"}, {"# Egyptian pounds", "EGP", "Egypt", "EG"}, {"EGP #", "EGP", "Egypt", "EG"},
	{"# pounds", "EGP", "Egypt", "EG"},
	{"Rs #", "PKR", "Pakistan", "PK"}, {"# Pakistani rupees", "PKR", "Pakistan", "PK"}, {"PKR #", "PKR", "Pakistan", "PK"},
	{"# rupees", "PKR", "Pakistan", "PK"},
	{"Tk #", "BDT", "Bangladesh", "BD"}, {"# taka", "BDT", "Bangladesh", "BD"}, {"BDT #", "BDT", "Bangladesh", "BD"},
	{"Rp #", "IDR", "Indonesia", "ID"}, {"# rupiah", "IDR", "Indonesia", "ID"}, {"IDR #", "IDR", "Indonesia", "ID"},
	{"RM #", "MYR", "Malaysia", "MY"}, {"# ringgit", "MYR", "Malaysia", "MY"}, {"MYR #", "MYR", "Malaysia", "MY"},
	{"# roubles", "RUB", "Russia", "RU"}, {"# rubles", "RUB", "Russia", "RU"}, {"RUB #", "RUB", "Russia", "RU"},
	{"# hryvnias", "UAH", "Ukraine", "UA"}, {"UAH #", "UAH", "Ukraine", "UA"},
	{"S$#", "SGD", "Singapore", "SG"}, {"SGD #", "SGD", "Singapore", "SG"}, {"# Singapore dollars", "SGD", "Singapore", "SG"},
	{"# baht", "THB", "Thailand", "TH"}, {"THB #", "THB", "Thailand", "TH"},
	{"₱#", "PHP", "The Philippines", "PH"}, {"# pesos", "PHP", "The Philippines", "PH"},
	{"# dong", "VND", "Vietnam", "VN"}, {"VND #", "VND", "Vietnam", "VN"},
}

// genMoneyFrames are the sentence frames: A is the actor, X the amount.
// Each frame names Sudan as the recipient, so no actor is the recipient.
var genMoneyFrames = []string{
	"A pledged X to Sudan.",
	"A will provide X to Sudan.",
	"Sudan will receive X from A.",
	"A announced X in aid for Sudan.",
	"A's pledge of X to Sudan was welcomed.",
	"Sudan welcomed a grant of X from A.",
	"X was pledged by A to Sudan.",
	"A: X for Sudan",
	"A pledges X for Sudan",
	"A said it would give X in humanitarian aid to Sudan.",
	"A has already provided X to Sudan since 2023.",
}

// genMoneyMoreFrames are headlines, passives, appositions, relative
// clauses and metonyms; they take a sample of the forms.
var genMoneyMoreFrames = []string{
	"A pledges X for Sudan relief",
	"A to give X to Sudan",
	"Sudan gets X from A",
	"A, the largest donor, pledged X to Sudan.",
	"The X that A pledged to Sudan will arrive next month.",
	"A's contribution of X to Sudan was welcomed.",
	"The government of A pledged X to Sudan.",
	"A's foreign minister announced X for Sudan on Monday.",
	"Sudan will get X in D aid.",
	"Sudan has received X in D grants, the ministry said.",
	"X in aid from A will go to Sudan.",
	"A on Tuesday committed X to a fund for Sudan.",
	"A has allocated X for Sudan, the ministry said.",
	"A will contribute X towards the Sudan appeal.",
	"A doubled its aid to Sudan with a further X.",
	"In a statement, A said it would donate X to Sudan.",
}

// genMoneyDemonym is the demonym of each giver of genMoneyForms.
var genMoneyDemonym = map[string]string{
	"The United States": "American", "Germany": "German", "Britain": "British", "Japan": "Japanese",
	"China": "Chinese", "India": "Indian", "South Korea": "South Korean", "Saudi Arabia": "Saudi",
	"The UAE": "Emirati", "Qatar": "Qatari", "Kuwait": "Kuwaiti", "Switzerland": "Swiss", "Canada": "Canadian",
	"Australia": "Australian", "New Zealand": "New Zealand", "Norway": "Norwegian", "Sweden": "Swedish",
	"Denmark": "Danish", "Poland": "Polish", "The Czech Republic": "Czech", "Turkey": "Turkish",
	"Brazil": "Brazilian", "South Africa": "South African", "Nigeria": "Nigerian", "Kenya": "Kenyan",
	"Egypt": "Egyptian", "Pakistan": "Pakistani", "Bangladesh": "Bangladeshi", "Indonesia": "Indonesian",
	"Malaysia": "Malaysian", "Russia": "Russian", "Ukraine": "Ukrainian", "Singapore": "Singaporean",
	"Thailand": "Thai", "The Philippines": "Philippine", "Vietnam": "Vietnamese",
}

// genMoneyCompoundFrames hold the amount before a noun ("a $5 million
// grant"); they take only forms with the symbol or code before the number.
var genMoneyCompoundFrames = []string{
	"A's X pledge to Sudan was welcomed.",
	"Sudan welcomed a X grant from A.",
	"A approved a X aid package for Sudan.",
	"A announced a new X loan to Sudan.",
}

// genMoneyNumbers are written numbers with the amount they mean; each is
// put in place of # in a few forms ("€N", "N euros", "$N").
var genMoneyNumbers = []struct {
	text  string
	value float64
}{
	{"5 million", 5e6}, {"5.5 million", 5.5e6}, {"5m", 5e6}, {"5mn", 5e6}, {"5.5bn", 5.5e9},
	{"5.5 bln", 5.5e9}, {"5.5 billion", 5.5e9}, {"1,500,000", 1.5e6}, {"1,500 million", 1.5e9},
	{"1.5 million", 1.5e6}, {"half a billion", 5e8}, {"a billion", 1e9}, {"two billion", 2e9},
	{"one and a half billion", 1.5e9}, {"5 mln", 5e6}, {"250,000", 2.5e5}, {"5.5 trillion", 5.5e12},
}

// genMoneyRanges are bounds and ranges of an amount in euros.
var genMoneyRanges = []struct {
	text  string
	value float64
}{
	{"€5-6 million", 6e6}, {"between €5m and €6m", 6e6}, {"up to €6 million", 6e6},
	{"nearly €6 million", 6e6}, {"more than €6 million", 6e6}, {"about €6 million", 6e6},
	{"€5 million to €6 million", 6e6}, {"€6 million ($6.5 million)", 6e6},
	{"5,5 million euros", 5.5e6}, {"€1.500.000", 1.5e6}, {"€1 500 000", 1.5e6},
	{"a 5.5-billion-euro package", 5.5e9}, {"EUR5m", 5e6},
	{"€5m-€6m", 6e6}, {"€5 to €6 million", 6e6}, {"5 to 6 million euros", 6e6}, {"some €6 million", 6e6},
	{"almost €6 million", 6e6}, {"over €6 million", 6e6}, {"at least €6 million", 6e6},
	{"around €6 million", 6e6}, {"roughly €6 million", 6e6}, {"an estimated €6 million", 6e6},
	{"a further €6 million", 6e6}, {"an additional €6 million", 6e6}, {"another €6 million", 6e6},
	{"€6 million (about $6.5 million)", 6e6}, {"€6 million (£5.2 million)", 6e6},
	{"EUR 6 million (USD 6.5 million)", 6e6}, {"6 million euros ($6.5 million)", 6e6},
	{"€6.0 million", 6e6}, {"€6,000,000", 6e6}, {"6.000.000 euros", 6e6}, {"€6 million-plus", 6e6},
}

// genMoneyIndian are the Indian number words, in rupees given by India.
var genMoneyIndian = []struct {
	text  string
	value float64
}{
	{"₹5 crore", 5e7}, {"Rs 50 lakh", 5e6}, {"₹5 lakh crore", 5e12}, {"Rs 500 crore", 5e9},
	{"500 crore rupees", 5e9}, {"INR 10 crore", 1e8}, {"₹5,000 crore", 5e10}, {"Rs 5,00,000", 5e5},
	{"₹1.5 lakh crore", 1.5e12}, {"Rs. 5 crore", 5e7}, {"₹50 lakh", 5e6}, {"Rs 2.5 crore", 2.5e7},
}

// genMoneyScaled are forms of other currencies with a glued scale.
var genMoneyScaled = []struct {
	text, want, actor string
}{
	{"£5bn", "GB 5000000000 GBP", "Britain"}, {"¥500bn", "JP 500000000000 JPY", "Japan"},
	{"NOK5bn", "NO 5000000000 NOK", "Norway"}, {"SEK 1.2bn", "SE 1200000000 SEK", "Sweden"},
	{"C$5m", "CA 5000000 CAD", "Canada"}, {"A$5.5m", "AU 5500000 AUD", "Australia"},
	{"CHF5m", "CH 5000000 CHF", "Switzerland"}, {"DKK 1.7 bn", "DK 1700000000 DKK", "Denmark"},
	{"₩49 billion", "KR 49000000000 KRW", "South Korea"}, {"US$ 5 million", "US 5000000 USD", "The United States"},
	{"HK$5m", "CN 5000000 HKD", "China"}, {"R$5 million", "BR 5000000 BRL", "Brazil"},
	{"zł 5 million", "PL 5000000 PLN", "Poland"}, {"5 mln zlotys", "PL 5000000 PLN", "Poland"},
	{"2 billion kroner", "NO 2000000000 NOK", "Norway"}, {"50 billion yen", "JP 50000000000 JPY", "Japan"},
	{"SAR 500m", "SA 500000000 SAR", "Saudi Arabia"}, {"KWD 5 million", "KW 5000000 KWD", "Kuwait"},
}

// genMoneyRender renders the money lines of text as "ACTOR AMOUNT CODE".
func genMoneyRender(cs []news.Commitment) []string {
	var got []string
	for _, c := range cs {
		if strings.HasPrefix(c.Actor, "group:") {
			continue // a group's line is not scored ("The IMF approved …")
		}
		if c.Kind != news.KindMoney {
			got = append(got, summary(c))
			continue
		}
		amount := "nil"
		if c.Amount != nil {
			amount = fmt.Sprintf("%.0f", math.Round(*c.Amount))
		}
		got = append(got, c.Actor+" "+amount+" "+c.Currency)
	}
	return got
}

// genMoneyCheck extracts text and counts a failure under each key unless
// it gives exactly want.
func genMoneyCheck(t *testing.T, e *Extractor, fails map[string]int, keys []string, text string, want []string) {
	t.Helper()
	fails["rows"]-- // counts the rows checked, negated so failures stay positive
	got := genMoneyRender(e.Extract(text))
	if strings.Join(got, "|") == strings.Join(want, "|") {
		return
	}
	for _, k := range keys {
		fails[k]++
	}
	t.Errorf("Extract(%q)\n got  %q\n want %q", text, got, want)
}

// TestMoneyGenerated is the generated table of the money grammar: every
// currency form × sentence frame with one amount, every number format ×
// a few forms × frames, ranges and Indian numbers, and near-misses that
// must give no money line. It logs the failures per dimension value.
func TestMoneyGenerated(t *testing.T) {
	e := newTestExtractor(t)
	fails := map[string]int{}
	frame := func(f, actor, amount string) string {
		return strings.NewReplacer("A", actor, "X", amount, "D", genMoneyDemonym[actor]).Replace(f)
	}
	for _, f := range genMoneyForms {
		for fi, fr := range genMoneyFrames {
			x := strings.Replace(f.form, "#", "5 million", 1)
			want := []string{f.iso + " 5000000 " + f.code}
			genMoneyCheck(t, e, fails, []string{"form " + f.form + " " + f.code, fmt.Sprintf("frame %d", fi)}, frame(fr, f.actor, x), want)
		}
	}
	for _, n := range genMoneyNumbers {
		for _, f := range []genMoneyForm{genMoneyForms[0], genMoneyForms[5], genMoneyForms[6], genMoneyForms[8], genMoneyForms[12]} {
			if !strings.HasPrefix(f.form, "#") && n.text[0] >= 'a' {
				continue // "$a billion" is not written
			}
			for fi, fr := range genMoneyFrames[:4] {
				x := strings.Replace(f.form, "#", n.text, 1)
				want := []string{fmt.Sprintf("%s %.0f %s", f.iso, n.value, f.code)}
				genMoneyCheck(t, e, fails, []string{"number " + n.text, "form " + f.form, fmt.Sprintf("frame %d", fi)}, frame(fr, f.actor, x), want)
			}
		}
	}
	for i, f := range genMoneyForms {
		if i%3 != 0 {
			continue // a sample of the forms
		}
		for fi, fr := range genMoneyMoreFrames {
			x := strings.Replace(f.form, "#", "5 million", 1)
			want := []string{f.iso + " 5000000 " + f.code}
			genMoneyCheck(t, e, fails, []string{"form " + f.form + " " + f.code, fmt.Sprintf("more frame %d", fi)}, frame(fr, f.actor, x), want)
		}
	}
	for _, f := range genMoneyForms {
		if strings.HasPrefix(f.form, "#") {
			continue
		}
		for fi, fr := range genMoneyCompoundFrames {
			x := strings.Replace(f.form, "#", "5 million", 1)
			want := []string{f.iso + " 5000000 " + f.code}
			genMoneyCheck(t, e, fails, []string{"form " + f.form + " " + f.code, fmt.Sprintf("compound frame %d", fi)}, frame(fr, f.actor, x), want)
		}
	}
	for _, r := range genMoneyRanges {
		for fi, fr := range genMoneyFrames[:4] {
			want := []string{fmt.Sprintf("DE %.0f EUR", r.value)}
			genMoneyCheck(t, e, fails, []string{"range " + r.text, fmt.Sprintf("frame %d", fi)}, frame(fr, "Germany", r.text), want)
		}
	}
	for _, r := range genMoneyIndian {
		for fi, fr := range genMoneyFrames[:4] {
			want := []string{fmt.Sprintf("IN %.0f INR", r.value)}
			genMoneyCheck(t, e, fails, []string{"indian " + r.text, fmt.Sprintf("frame %d", fi)}, frame(fr, "India", r.text), want)
		}
	}
	for _, r := range genMoneyScaled {
		for fi, fr := range genMoneyFrames[:4] {
			genMoneyCheck(t, e, fails, []string{"scaled " + r.text, fmt.Sprintf("frame %d", fi)}, frame(fr, r.actor, r.text), []string{r.want})
		}
	}
	for _, r := range genMoneyOwn {
		for fi, fr := range genMoneyFrames[:4] {
			genMoneyCheck(t, e, fails, []string{"own " + r.text + " " + r.actor, fmt.Sprintf("frame %d", fi)}, frame(fr, r.actor, r.text), []string{r.want})
		}
	}
	for _, f := range []genMoneyForm{genMoneyForms[0], genMoneyForms[6], genMoneyForms[12], genMoneyForms[9*6]} {
		for fi, fr := range genMoneySecondFrames {
			x := strings.Replace(f.form, "#", "5 million", 1)
			y := strings.Replace(f.form, "#", "3 million", 1)
			text := strings.NewReplacer("A", f.actor, "X", x, "Y", y).Replace(fr)
			want := []string{f.iso + " 5000000 " + f.code, f.iso + " 3000000 " + f.code}
			genMoneyCheck(t, e, fails, []string{"form " + f.form, fmt.Sprintf("second frame %d", fi)}, text, want)
		}
	}
	for _, r := range genMoneySecond {
		genMoneyCheck(t, e, fails, []string{"second amount"}, r.text, r.want)
	}
	for _, nm := range genMoneyNearMisses {
		genMoneyCheck(t, e, fails, []string{"near-miss"}, nm, nil)
	}
	t.Logf("%d generated rows", -fails["rows"])
	delete(fails, "rows")
	for k, n := range fails {
		t.Logf("failures %4d  %s", n, k)
	}
}
