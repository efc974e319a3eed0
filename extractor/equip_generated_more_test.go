package extractor

import (
	"fmt"
	"strings"
	"testing"
)

// TestGeneratedEquipmentMore runs subjects × more count forms × more
// frames of giving (the item rotates over the rows) and reports failures
// per dimension value.
func TestGeneratedEquipmentMore(t *testing.T) {
	g := newGenTable(t)
	subjects := []struct{ name, code string }{
		{"Germany", "DE"}, {"Berlin", "DE"}, {"The German government", "DE"}, {"Washington", "US"},
		{"The United States", "US"}, {"The Pentagon", "US"}, {"The Netherlands", "NL"}, {"London", "GB"},
		{"The Czech Republic", "CZ"}, {"Denmark", "DK"},
	}
	counts := []equipGenCount{
		{"up to", "up to 40 {N}", "40"},
		{"about", "about 40 {N}", "40"},
		{"another", "another 40 {N}", "40"},
		{"hundreds", "hundreds of {N}", "-"},
		{"several", "several {N}", "-"},
		{"additional", "an additional 25 {N}", "25"},
		{"two", "two {N}", "2"},
		{"more", "40 more {N}", "40"},
	}
	frames := []equipGenFrame{
		{"provide with", "{A} will provide Ukraine with {X}.", "pledged"},
		{"has agreed", "{A} has agreed to send {X} to Ukraine.", "pledged"},
		{"announced delivery", "{A} announced the delivery of {X} to Ukraine.", "pledged"},
		{"said it would", "{A} said it would supply {X} to Ukraine.", "pledged"},
		{"package includes", "{A} announced a new aid package for Ukraine that includes {X}.", "pledged"},
		{"donated to", "{A} donated {X} to the Ukrainian armed forces on Monday.", "delivered"},
		{"has already", "{A} has already delivered {X} to Ukraine.", "delivered"},
		{"may send", "{A} may send {X} to Ukraine.", "considering"},
	}
	items := []string{"tanks", "howitzers", "drones", "armoured vehicles", "Patriot launchers",
		"helicopters", "rocket launchers", "anti-tank missiles", "patrol boats", "trucks", "generators"}
	n := 0
	for _, sb := range subjects {
		for _, c := range counts {
			for _, f := range frames {
				it := items[n%len(items)]
				n++
				if (n+len(sb.name))%3 != 0 {
					continue // a third of the product keeps the table fast
				}
				x := strings.ReplaceAll(c.tmpl, "{N}", it)
				s := strings.NewReplacer("{A}", sb.name, "{X}", x).Replace(f.tmpl)
				want := fmt.Sprintf("%s equipment %s %s", sb.code, c.value, f.status)
				g.expect(s, g.lines(s, giveRender), []string{want}, "subject "+sb.name, "item "+it, "count "+c.name, "frame "+f.name)
			}
		}
	}
	g.done("generated rows")
}

// TestGeneratedEquipmentModels runs model codes between a count and its
// noun ("30 AS90 guns", "12 M109A6 howitzers") × frames, and near-misses
// (losses, own orders) with the same codes.
func TestGeneratedEquipmentModels(t *testing.T) {
	g := newGenTable(t)
	codes := []string{"AS90", "M109A6", "T-72B3", "BMP-2", "Leopard 2A6", "CV90", "ASC 890", "M777A2",
		"PzH 2000", "Stridsvagn 122", "AMX-10 RC", "Mi-17", "TB2", "AS-90", "CV 90"}
	nouns := []string{"howitzers", "tanks", "vehicles", "self-propelled guns", "helicopters", "drones"}
	frames := []equipGenFrame{
		{"will send", "{A} will send {X} to Ukraine.", "pledged"},
		{"delivered", "{A} has delivered {X} to Ukraine.", "delivered"},
		{"passive", "{X} were donated to Ukraine by {A}.", "delivered"},
		{"lost", "{A} lost {X} in the fighting.", ""},
		{"ordered", "{A} ordered {X} for its own army.", ""},
	}
	n := 0
	for _, code := range codes {
		for _, f := range frames {
			d := giveDonors[n%len(giveDonors)]
			x := fmt.Sprintf("30 %s %s", code, nouns[n%len(nouns)])
			n++
			s := strings.NewReplacer("{A}", d.name, "{X}", x).Replace(f.tmpl)
			s = strings.ToUpper(s[:1]) + s[1:]
			var want []string
			if f.status != "" {
				want = []string{fmt.Sprintf("%s equipment 30 %s", d.code, f.status)}
			}
			g.expect(s, g.lines(s, giveRender), want)
		}
	}
	g.done("generated rows")
}

// TestGeneratedEquipmentPieces runs nouns that only count pieces ("40
// units of", "5,000 pairs of") × items × frames, and near-misses where
// what follows "of" is no materiel.
func TestGeneratedEquipmentPieces(t *testing.T) {
	g := newGenTable(t)
	pieces := []string{"units", "sets", "pairs", "pieces", "items"}
	items := []string{"armoured vehicles", "body armour", "night-vision goggles", "artillery", "winter clothing", "helmets", "generators"}
	frames := []equipGenFrame{
		{"will send", "{A} will send {X} to Ukraine.", "pledged"},
		{"has donated", "{A} has donated {X} to Ukraine.", "delivered"},
		{"from", "Ukraine has received {X} from {A}.", "delivered"},
	}
	n := 0
	for _, p := range pieces {
		for _, it := range items {
			f := frames[n%len(frames)]
			d := giveDonors[n%len(giveDonors)]
			n++
			s := strings.NewReplacer("{A}", d.name, "{X}", "5,000 "+p+" of "+it).Replace(f.tmpl)
			want := fmt.Sprintf("%s equipment 5000 %s", d.code, f.status)
			g.expect(s, g.lines(s, giveRender), []string{want})
		}
	}
	near := []string{
		"Germany will send 40 pieces of advice to Ukraine.",
		"Norway has sold 40 units of armoured vehicles to Qatar.",
		"Poland produces 5,000 sets of body armour a month.",
		"Russia lost 40 units of armoured vehicles in the battle.",
	}
	for _, s := range near {
		g.expectNone(s, g.lines(s, giveRender))
	}
	g.done("rows")
}
