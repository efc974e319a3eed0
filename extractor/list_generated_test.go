package extractor

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// genListKind is one kind of list value: the written value of each of
// two donors, and the rendered line each must give.
type genListKind struct {
	name   string
	values [2]string
	want   [2]string
}

// genListKinds are the kinds a donor list holds. The rendered lines name
// the actor, kind and value only (item text is not compared).
var genListKinds = []genListKind{
	{"money", [2]string{"$77 million", "€23 million"}, [2]string{"JP money 77000000 USD pledged", "CA money 23000000 EUR pledged"}},
	{"troops", [2]string{"200 troops", "150 soldiers"}, [2]string{"JP troops 200 pledged", "CA troops 150 pledged"}},
	{"equipment", [2]string{"40 tanks", "12 howitzers"}, [2]string{"JP equipment 40 pledged", "CA equipment 12 pledged"}},
}

// genListLayouts are layouts of one row of a donor list: C is the
// country, V the value.
var genListLayouts = []string{
	"C V", "C: V", "C – V", "- C: V", "• C, V", "1. C (V)", "| C | V |", "C (V)", "C\tV", "* C - V",
	"C — V", "C: V;", "a) C: V", "C: up to V", "C: V (pending approval)",
}

// genListHeaders are the lines before a list; "" is no header.
var genListHeaders = []string{"The pledges included:", "Donors:", "Other contributions:", ""}

// genListRender renders a commitment as actor, kind, value and status.
func genListRender(c news.Commitment) string {
	switch {
	case c.Kind == news.KindMoney && c.Amount != nil:
		return fmt.Sprintf("%s money %.0f %s %s", c.Actor, *c.Amount, c.Currency, c.Status)
	case c.Kind == news.KindTroops && c.Troops != nil:
		return fmt.Sprintf("%s troops %d %s", c.Actor, *c.Troops, c.Status)
	case c.Kind == news.KindEquipment && c.Count != nil:
		return fmt.Sprintf("%s equipment %d %s", c.Actor, *c.Count, c.Status)
	}
	return fmt.Sprintf("%s %s - %s", c.Actor, c.Kind, c.Status)
}

// genListRow is one generated row: its text, the lines it must give (in
// any order) and the dimension values that made it.
type genListRow struct {
	text string
	want []string
	dims []string
}

// genListRows builds the cartesian product of layouts × headers × kinds,
// the header-unit and two-column tables, and the inline enumerations.
func genListRows() []genListRow {
	var rows []genListRow
	lead := "Ukraine's allies announced new aid on Monday.\n"
	for _, k := range genListKinds {
		for _, h := range genListHeaders {
			for _, l := range genListLayouts {
				var b strings.Builder
				b.WriteString(lead)
				if h != "" {
					b.WriteString(h + "\n")
				}
				for i, c := range []string{"Japan", "Canada"} {
					r := strings.Replace(l, "C", c, 1)
					r = strings.Replace(r, "V", k.values[i], 1)
					if strings.HasPrefix(l, "1.") {
						r = fmt.Sprintf("%d%s", i+1, r[1:])
					}
					b.WriteString(r + "\n")
				}
				rows = append(rows, genListRow{b.String(), k.want[:],
					[]string{"kind=" + k.name, "header=" + h, "layout=" + l}})
			}
		}
	}
	// A header line names the unit; the rows carry bare numbers.
	unitHeaders := []string{"Pledges (US$ million):", "Pledges (in millions of dollars):", "Country\tPledge (US$ million)", "| Country | Pledge (US$ m) |\n|---|---|"}
	for _, h := range unitHeaders {
		for _, l := range []string{"C N", "C: N", "C\tN", "- C: N", "| C | N |"} {
			if strings.HasPrefix(h, "|") != strings.HasPrefix(l, "|") {
				continue
			}
			var b strings.Builder
			b.WriteString(lead + h + "\n")
			for _, r := range [][2]string{{"Japan", "77"}, {"Canada", "23.5"}} {
				b.WriteString(strings.NewReplacer("C", r[0], "N", r[1]).Replace(l) + "\n")
			}
			rows = append(rows, genListRow{b.String(), []string{"JP money 77000000 USD pledged", "CA money 23500000 USD pledged"},
				[]string{"kind=unit-header", "header=" + h, "layout=" + l}})
		}
	}
	// Donor names of several words and amounts written other ways.
	pairs := []struct {
		c   [2]string
		iso [2]string
	}{
		{[2]string{"the United Kingdom", "the Netherlands"}, [2]string{"GB", "NL"}},
		{[2]string{"South Korea", "New Zealand"}, [2]string{"KR", "NZ"}},
		{[2]string{"Saudi Arabia", "the United Arab Emirates"}, [2]string{"SA", "AE"}},
	}
	amounts := []struct {
		text [2]string
		want [2]string
	}{
		{[2]string{"US$77m", "US$23.5m"}, [2]string{"77000000 USD", "23500000 USD"}},
		{[2]string{"77 million dollars", "23 million euros"}, [2]string{"77000000 USD", "23000000 EUR"}},
		{[2]string{"EUR 77 mn", "GBP 1.2bn"}, [2]string{"77000000 EUR", "1200000000 GBP"}},
	}
	for _, p := range pairs {
		for _, am := range amounts {
			for _, l := range []string{"C V", "C: V", "- C – V", "• C, V", "| C | V |", "C (V)"} {
				var b strings.Builder
				b.WriteString(lead + "Donors:\n")
				var want []string
				for i := range 2 {
					c := p.c[i]
					if strings.HasPrefix(l, "C") || strings.HasPrefix(l, "|") {
						c = strings.TrimPrefix(c, "the ")
					}
					b.WriteString(strings.NewReplacer("C", c, "V", am.text[i]).Replace(l) + "\n")
					want = append(want, p.iso[i]+" money "+am.want[i]+" pledged")
				}
				rows = append(rows, genListRow{b.String(), want,
					[]string{"kind=names", "names=" + p.iso[0], "amount=" + am.text[0], "layout=" + l}})
			}
		}
	}
	rows = append(rows, genListRow{lead + "| Country | Pledged | Delivered |\n|---|---|---|\n| Japan | $77 million | $77 million |\n",
		[]string{"JP money 77000000 USD delivered"}, []string{"kind=two-columns-paid"}})
	// One column whose name gives the status.
	rows = append(rows, genListRow{lead + "| Country | Delivered |\n|---|---|\n| Japan | 40 tanks |\n| Canada | 12 howitzers |\n",
		[]string{"JP equipment 40 delivered", "CA equipment 12 delivered"}, []string{"kind=column-status"}})
	// A total row adds no line; a status header sets the status.
	for _, l := range []string{"C: V", "- C: V", "| C | V |", "C V"} {
		var b strings.Builder
		b.WriteString(lead + "The pledges included:\n")
		for _, r := range [][2]string{{"Japan", "$77 million"}, {"Canada", "$23 million"}, {"Total", "$100 million"}} {
			b.WriteString(strings.NewReplacer("C", r[0], "V", r[1]).Replace(l) + "\n")
		}
		rows = append(rows, genListRow{b.String(), []string{"JP money 77000000 USD pledged", "CA money 23000000 USD pledged"},
			[]string{"kind=total-row", "layout=" + l}})
		b.Reset()
		b.WriteString(lead + "Delivered so far:\n")
		for _, r := range [][2]string{{"Japan", "40 tanks"}, {"Canada", "12 howitzers"}} {
			b.WriteString(strings.NewReplacer("C", r[0], "V", r[1]).Replace(l) + "\n")
		}
		rows = append(rows, genListRow{b.String(), []string{"JP equipment 40 delivered", "CA equipment 12 delivered"},
			[]string{"kind=delivered-header", "layout=" + l}})
	}
	// Two columns: pledged and delivered, in a pipe or tab table.
	for _, t := range []string{
		"| Country | Pledged | Delivered |\n|---|---|---|\n| Japan | $77 million | $40 million |\n| Canada | $23 million | $10 million |\n",
		"| Donor | Committed | Disbursed |\n| Japan | $77 million | $40 million |\n| Canada | $23 million | $10 million |\n",
		"Country\tPledged\tDelivered\nJapan\t$77 million\t$40 million\nCanada\t$23 million\t$10 million\n",
	} {
		rows = append(rows, genListRow{lead + t, []string{"JP money 77000000 USD pledged", "JP money 40000000 USD delivered",
			"CA money 23000000 USD pledged", "CA money 10000000 USD delivered"}, []string{"kind=two-columns"}})
	}
	// Inline enumerations, per kind.
	inline := []struct {
		text string
		want []string
		form string
	}{
		{"The fund received $150 million from Saudi Arabia, $100 million from Kuwait and €50 million from Germany.",
			[]string{"SA money 150000000 USD delivered", "KW money 100000000 USD delivered", "DE money 50000000 EUR delivered"}, "V from C, V from C"},
		{"Pledges included $150 million from Saudi Arabia, $100 million from Kuwait and €50 million from Germany.",
			[]string{"SA money 150000000 USD pledged", "KW money 100000000 USD pledged", "DE money 50000000 EUR pledged"}, "V from C, V from C"},
		{"Germany, France and Italy each pledged €5 million.",
			[]string{"DE money 5000000 EUR pledged", "FR money 5000000 EUR pledged", "IT money 5000000 EUR pledged"}, "each"},
		{"Germany, France and Italy will each send 100 troops.",
			[]string{"DE troops 100 pledged", "FR troops 100 pledged", "IT troops 100 pledged"}, "each"},
		{"Germany and France pledged €5m and €3m respectively.",
			[]string{"DE money 5000000 EUR pledged", "FR money 3000000 EUR pledged"}, "respectively"},
		{"Germany and France will send 300 and 200 troops respectively.",
			[]string{"DE troops 300 pledged", "FR troops 200 pledged"}, "respectively"},
		{"Germany and France will send 14 and 10 tanks respectively.",
			[]string{"DE equipment 14 pledged", "FR equipment 10 pledged"}, "respectively"},
		{"Ukraine will receive 8 tanks from Canada, 8 from Norway and 14 from Poland.",
			[]string{"CA equipment 8 pledged", "NO equipment 8 pledged", "PL equipment 14 pledged"}, "N from C, N from C"},
		{"Ukraine will get 300 troops from Germany and 200 from France.",
			[]string{"DE troops 300 pledged", "FR troops 200 pledged"}, "N from C, N from C"},
		{"Tanks pledged so far: Canada (8), Norway (8), Poland (14).",
			[]string{"CA equipment 8 pledged", "NO equipment 8 pledged", "PL equipment 14 pledged"}, "C (N)"},
		{"Donors included Japan ($77m) and Canada ($23m).",
			[]string{"JP money 77000000 USD pledged", "CA money 23000000 USD pledged"}, "C (V), C (V)"},
		{"The pledges: Japan, $77 million; Canada, $23 million.",
			[]string{"JP money 77000000 USD pledged", "CA money 23000000 USD pledged"}, "C, V; C, V"},
		{"Japan and Canada each sent 8 tanks.",
			[]string{"JP equipment 8 delivered", "CA equipment 8 delivered"}, "each"},
		{"Japan, Canada and Norway will send 8, 6 and 4 tanks respectively.",
			[]string{"JP equipment 8 pledged", "CA equipment 6 pledged", "NO equipment 4 pledged"}, "respectively"},
		{"Japan pledged $77 million, Canada $23 million and Norway NOK 40 million.",
			[]string{"JP money 77000000 USD pledged", "CA money 23000000 USD pledged", "NO money 40000000 NOK pledged"}, "gapped"},
		{"Japan will send 200 troops, Canada 150 and Norway 100.",
			[]string{"JP troops 200 pledged", "CA troops 150 pledged", "NO troops 100 pledged"}, "gapped"},
		{"Germany's contributions include:\n- 40 tanks\n- €20 million for fuel\n",
			[]string{"DE equipment 40 pledged", "DE money 20000000 EUR pledged"}, "header owner"},
		{"Troops that could be offered: Kenya (1,000), Chad (500).",
			[]string{"KE troops 1000 considering", "TD troops 500 considering"}, "C (N)"},
		{"Canada (8), Norway (8) and Poland (14) have delivered tanks.",
			[]string{"CA equipment 8 delivered", "NO equipment 8 delivered", "PL equipment 14 delivered"}, "C (N)"},
		{"Troops pledged for the mission: Kenya (1,000), Chad (500).",
			[]string{"KE troops 1000 pledged", "TD troops 500 pledged"}, "C (N)"},
	}
	for _, in := range inline {
		rows = append(rows, genListRow{in.text, in.want, []string{"inline=" + in.form}})
	}
	return rows
}

// genListNearMisses are texts that must give no line for the countries
// named in them (for the recipient rows: no line for the recipients).
var genListNearMisses = []struct{ name, text string }{
	{"recipients after a named donor", "The United States announced aid to several countries:\nJapan $77m\nKorea $20m\n"},
	{"recipients inline after a named donor", "Germany's aid went to Kenya, $77m, and Chad, $20m."},
	{"a GDP ranking", "Largest economies (GDP, US$ trillion):\n1. Japan 4.2\n2. Canada 2.1\n"},
	{"a GDP table in dollars", "GDP by country:\nJapan $4.2 trillion\nCanada $2.1 trillion\n"},
	{"a population table", "Population (millions):\nJapan 125\nCanada 39\n"},
	{"a medal table", "Medal table:\nJapan 27\nCanada 12\n"},
	{"sports results", "Results: Japan 3, Canada 1; Kenya 2, Chad 0."},
	{"dates and page numbers", "Japan, 12 March 2023, page 4\nCanada, 3 May 2022, page 7\n"},
	{"a defence budget table", "Defence budgets (US$ billion):\nJapan 50\nCanada 27\n"},
	{"goods lost in brackets", "Tanks lost in the war: Japan (300), Canada (80)."},
	{"goods owned in brackets", "Tanks in service: Japan (300), Canada (80)."},
	{"a pipe table of exports", "| Country | Exports (US$ m) |\n|---|---|\n| Japan | 77 |\n| Canada | 23 |\n"},
	{"recipients under the donor's header", "Japan's aid by country:\nKenya $77m\nChad $20m\n"},
	{"a total row of troops only", "Troop totals:\nTotal: 500 troops\n"},
	{"army sizes", "Active troops:\nJapan 247,000\nCanada 68,000\n"},
}

// TestListGenerated runs the generated donor-list table and counts the
// failures per dimension value.
func TestListGenerated(t *testing.T) {
	e := newTestExtractor(t)
	fails := map[string]int{}
	total := map[string]int{}
	for _, r := range genListRows() {
		var got []string
		for _, c := range e.Extract(r.text) {
			got = append(got, genListRender(c))
		}
		sort.Strings(got)
		want := slices.Clone(r.want)
		sort.Strings(want)
		for _, d := range r.dims {
			total[d]++
		}
		if !slices.Equal(got, want) {
			for _, d := range r.dims {
				fails[d]++
			}
			t.Errorf("Extract(%q)\n got  %q\n want %q", r.text, got, want)
		}
	}
	var keys []string
	for d := range total {
		keys = append(keys, d)
	}
	sort.Strings(keys)
	for _, d := range keys {
		if fails[d] > 0 {
			t.Logf("%-40q %d/%d failed", d, fails[d], total[d])
		}
	}
	for _, nm := range genListNearMisses {
		for _, c := range e.Extract(nm.text) {
			recipients := strings.HasPrefix(nm.name, "recipients")
			if recipients && (c.Actor == "KR" || c.Actor == "KE" || c.Actor == "TD") ||
				!recipients && c.Actor != "" {
				t.Errorf("near-miss %s: unexpected %s", nm.name, genListRender(c))
			}
		}
	}
}
