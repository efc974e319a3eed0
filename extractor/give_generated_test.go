package extractor

import (
	"fmt"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// giveVerb is one verb of giving in the forms the generated table needs.
// past is the simple past, part the past participle, base the bare
// form, ing the present participle; done is the status of an active
// past use ("sent" is delivered, "pledged" is pledged).
type giveVerb struct {
	past, part, base, ing string
	done                  news.Status
	prog                  news.Status // status of "is <ing>" in body text
	kinds                 string      // which item kinds fit: t(roops) e(quipment) s(upport)
}

// giveItem is one object of a verb of giving with its expected value:
// the troop number or equipment count ("" for none).
type giveItem struct {
	text, kind, value string
}

// giveFrame is one tense, aspect or voice: a template with {A} (donor),
// {V*} (verb form) and {X} (item), and the status it gives; "" means
// the verb's own status: a progressive in body text ("is sending", "is
// shipping", "is giving", "is pledging") is pledged, as the conventions
// say of present tense in body text (a headline's progressive is
// delivered: deliveredNow).
type giveFrame struct {
	name, tmpl string
	status     news.Status
}

var (
	giveVerbs = []giveVerb{
		{"sent", "sent", "send", "sending", news.StatusDelivered, news.StatusPledged, "tes"},
		{"deployed", "deployed", "deploy", "deploying", news.StatusDelivered, news.StatusPledged, "t"},
		{"dispatched", "dispatched", "dispatch", "dispatching", news.StatusDelivered, news.StatusPledged, "te"},
		{"despatched", "despatched", "despatch", "despatching", news.StatusDelivered, news.StatusPledged, "te"},
		{"pledged", "pledged", "pledge", "pledging", news.StatusPledged, news.StatusPledged, "tes"},
		{"promised", "promised", "promise", "promising", news.StatusPledged, news.StatusPledged, "tes"},
		{"committed", "committed", "commit", "committing", news.StatusPledged, news.StatusPledged, "te"},
		{"provided", "provided", "provide", "providing", news.StatusDelivered, news.StatusPledged, "tes"},
		{"supplied", "supplied", "supply", "supplying", news.StatusDelivered, news.StatusPledged, "e"},
		{"delivered", "delivered", "deliver", "delivering", news.StatusDelivered, news.StatusPledged, "e"},
		{"donated", "donated", "donate", "donating", news.StatusDelivered, news.StatusPledged, "e"},
		{"gave", "given", "give", "giving", news.StatusDelivered, news.StatusPledged, "e"},
		{"shipped", "shipped", "ship", "shipping", news.StatusDelivered, news.StatusPledged, "e"},
		{"handed over", "handed over", "hand over", "handing over", news.StatusDelivered, news.StatusPledged, "e"},
		{"transferred", "transferred", "transfer", "transferring", news.StatusDelivered, news.StatusPledged, "e"},
		{"gifted", "gifted", "gift", "gifting", news.StatusDelivered, news.StatusPledged, "e"},
		{"airlifted", "airlifted", "airlift", "airlifting", news.StatusDelivered, news.StatusPledged, "e"},
		{"lent", "lent", "lend", "lending", news.StatusDelivered, news.StatusPledged, "e"},
		{"rushed", "rushed", "rush", "rushing", news.StatusDelivered, news.StatusPledged, "te"},
		{"contributed", "contributed", "contribute", "contributing", news.StatusDelivered, news.StatusPledged, "te"},
		{"stationed", "stationed", "station", "stationing", news.StatusDelivered, news.StatusPledged, "t"},
		{"allocated", "allocated", "allocate", "allocating", news.StatusPledged, news.StatusPledged, "e"},
		{"earmarked", "earmarked", "earmark", "earmarking", news.StatusPledged, news.StatusPledged, "e"},
		{"approved", "approved", "approve", "approving", news.StatusPledged, news.StatusPledged, "e"},
		{"announced", "announced", "announce", "announcing", news.StatusPledged, news.StatusPledged, "e"},
		{"released", "released", "release", "releasing", news.StatusDelivered, news.StatusPledged, "e"},
		{"extended", "extended", "extend", "extending", news.StatusDelivered, news.StatusPledged, "s"},
		{"assigned", "assigned", "assign", "assigning", news.StatusDelivered, news.StatusPledged, "t"},
		{"seconded", "seconded", "second", "seconding", news.StatusDelivered, news.StatusPledged, "t"},
		{"furnished", "furnished", "furnish", "furnishing", news.StatusDelivered, news.StatusPledged, "e"},
	}
	giveItems = []giveItem{
		{"500 troops", "troops", "500"},
		{"a 300-strong contingent", "troops", "300"},
		{"peacekeepers", "troops", ""},
		{"200 military observers", "troops", "200"},
		{"150 police officers", "troops", "150"},
		{"80 engineers", "troops", "80"},
		{"40 tanks", "equipment", "40"},
		{"12 howitzers", "equipment", "12"},
		{"100 drones", "equipment", "100"},
		{"two air defence systems", "equipment", "2"},
		{"50 armoured vehicles", "equipment", "50"},
		{"20 ambulances", "equipment", "20"},
		{"300 generators", "equipment", "300"},
		{"six patrol boats", "equipment", "6"},
		{"four helicopters", "equipment", "4"},
		{"eight fighter jets", "equipment", "8"},
		{"1 million vaccine doses", "equipment", "1000000"},
		{"training", "support", ""},
		{"logistics support", "support", ""},
		{"intelligence", "support", ""},
		{"demining assistance", "support", ""},
	}
	giveFrames = []giveFrame{
		{"past", "{A} {Vpast} {X} to {R}.", ""},
		{"perfect", "{A} has {Vpart} {X} to {R}.", ""},
		{"future", "{A} will {Vbase} {X} to {R}.", news.StatusPledged},
		{"is to", "{A} is to {Vbase} {X} to {R}.", news.StatusPledged},
		{"plans to", "{A} plans to {Vbase} {X} to {R}.", news.StatusPledged},
		{"agreed to", "{A} has agreed to {Vbase} {X} to {R}.", news.StatusPledged},
		{"progressive", "{A} is {Ving} {X} to {R}.", ""},
		{"passive agent", "{X} {were} {Vpart} to {R} by {A}.", ""},
		{"considering", "{A} is considering {Ving} {X} to {R}.", news.StatusConsidering},
		{"may", "{A} may {Vbase} {X} to {R}.", news.StatusConsidering},
		{"could", "{A} could {Vbase} {X} to {R}.", news.StatusConsidering},
		{"offered to", "{A} offered to {Vbase} {X} to {R}.", news.StatusConsidering},
		{"refused to", "{A} refused to {Vbase} {X} to {R}.", news.StatusDeclined},
		{"will not", "{A} will not {Vbase} {X} to {R}.", news.StatusDeclined},
		{"ruled out", "{A} ruled out {Ving} {X} to {R}.", news.StatusDeclined},
	}
	giveDonors = []struct{ name, code string }{
		{"Germany", "DE"}, {"France", "FR"}, {"Britain", "GB"}, {"Poland", "PL"}, {"Japan", "JP"},
		{"Canada", "CA"}, {"Norway", "NO"}, {"Italy", "IT"}, {"Sweden", "SE"}, {"Spain", "ES"},
	}
	giveRecipients = []string{"Ukraine", "Moldova", "Kyiv", "Niger", "Jordan"}
)

// giveRow is one generated row: its dimensions (for the failure counts),
// text and wanted line.
type giveRow struct {
	verb, item, frame, text, want string
}

// giveRender renders a commitment as "DE troops 500 pledged"; the value
// is the troop number or count, "-" when none.
func giveRender(c news.Commitment) string {
	v := "-"
	if c.Troops != nil {
		v = fmt.Sprint(*c.Troops)
	} else if c.Count != nil {
		v = fmt.Sprint(*c.Count)
	}
	if c.Kind == news.KindSupport {
		v = "-"
	}
	return fmt.Sprintf("%s %s %s %s", c.Actor, c.Kind, v, c.Status)
}

// generateGiveRows builds verbs × items × frames, the items cut to those
// the verb fits; donors and recipients rotate over the rows.
func generateGiveRows() []giveRow {
	var rows []giveRow
	n := 0
	for _, v := range giveVerbs {
		for _, it := range giveItems {
			if !strings.Contains(v.kinds, it.kind[:1]) {
				continue
			}
			for _, f := range giveFrames {
				d := giveDonors[n%len(giveDonors)]
				r := giveRecipients[n%len(giveRecipients)]
				n++
				s := strings.NewReplacer("{A}", d.name, "{R}", r, "{X}", it.text,
					"{Vpast}", v.past, "{Vpart}", v.part, "{Vbase}", v.base, "{Ving}", v.ing).Replace(f.tmpl)
				s = strings.ToUpper(s[:1]) + s[1:]
				were := "were"
				if it.kind == "support" {
					were = "was"
				}
				s = strings.ReplaceAll(s, "{were}", were)
				st := f.status
				switch {
				case st != "":
				case f.name == "progressive" && v.base == "contribute" && it.kind == "troops" && it.value != "":
					st = news.StatusDelivered // "is contributing 500 troops": troops in place
				case f.name == "progressive":
					st = v.prog
				default:
					st = v.done
				}
				val := it.value
				if it.kind == "support" || val == "" {
					val = "-"
				}
				rows = append(rows, giveRow{v.base, it.text, f.name, s,
					fmt.Sprintf("%s %s %s %s", d.code, it.kind, val, st)})
			}
		}
	}
	return rows
}

// TestGeneratedGiving runs the generated verbs × items × frames table and
// reports failures counted per dimension value.
func TestGeneratedGiving(t *testing.T) {
	g := newGenTable(t)
	rows := generateGiveRows()
	for _, r := range rows {
		g.expect(r.text, g.lines(r.text, giveRender), []string{r.want}, "verb "+r.verb, "item "+r.item, "frame "+r.frame)
	}
	g.done("generated rows")
}
