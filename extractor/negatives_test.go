package extractor

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/pledgewatch/pledgewatch/internal/news"
)

// TestNegatives is a precision yardstick: testdata/negatives/pure holds
// self-written news texts (battles, drills, own armies and budgets, arms
// companies, history, polls, economy, sports, disasters, refugees,
// sanctions, courts, opinion, demands, needs, tracker totals, rumours)
// that commit nothing by the conventions of shared/eval/README.md, and
// testdata/negatives/mixed holds such noise with one or two commitments,
// whose lines are in mixed.gold.jsonl. Scored lines (a country, the EU or
// NATO) on the pure texts must stay at or below maxFalse; every gold line
// of the mixed texts must be found (score.py's match on actor, kind and
// value). Run with -v to see the false lines.
func TestNegatives(t *testing.T) {
	// rules-7: 35 false lines on the 101 texts; with the context guards 2
	// (money for farmers added from an own reserve in n56; a city read as
	// its country, "London committed £2 billion to new bus routes", in n82)
	const maxFalse = 2
	e := newTestExtractor(t)
	dir := filepath.Join("testdata", "negatives")
	files, _ := filepath.Glob(filepath.Join(dir, "pure", "*.txt"))
	if len(files) == 0 {
		t.Fatalf("no texts in %s", filepath.Join(dir, "pure"))
	}
	var false_ []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		cs := e.Extract(text)
		checkInvariants(t, text, cs)
		for _, c := range cs {
			if strings.HasPrefix(c.Actor, "group:") {
				continue // not scored
			}
			false_ = append(false_, fmt.Sprintf("%s: %s %v | %s", filepath.Base(f), summary(c), c.Rules, c.Evidence))
		}
	}
	t.Logf("%d pure negative texts, %d false lines:\n%s", len(files), len(false_), strings.Join(false_, "\n"))
	if len(false_) > maxFalse {
		t.Errorf("%d false lines on the pure negatives, want ≤ %d:\n%s", len(false_), maxFalse, strings.Join(false_, "\n"))
	}
	// on the mixed texts: 6 false lines with rules-7, 3 with the guards
	// (headlines said again in the body)
	const maxMixedFalse = 3
	rep := scoreDir(t, e, filepath.Join(dir, "mixed"), filepath.Join(dir, "mixed.gold.jsonl"))
	for _, k := range rep.Kinds {
		if k.Name == "all" {
			t.Logf("mixed: tp %d pred %d gold %d", k.TP, k.Pred, k.Gold)
			if k.Pred-k.TP > maxMixedFalse {
				t.Errorf("mixed: %d false lines, want ≤ %d", k.Pred-k.TP, maxMixedFalse)
			}
			if k.TP < k.Gold {
				var b strings.Builder
				rep.Format(&b, true)
				t.Errorf("mixed: %d of %d gold lines found\n%s", k.TP, k.Gold, b.String())
			}
		}
	}
}

// TestContextGuards holds one or more rows per context guard of
// frames_context_guards.go: the near-miss that the guard stops and, where
// it matters, the commitment next to it that it must leave alone.
func TestContextGuards(t *testing.T) {
	e := newTestExtractor(t)
	tests := []extractCase{
		// guard.captivity
		{"soldiers freed in a prisoner swap are no withdrawal",
			"Kyiv and Moscow swapped prisoners on Friday. A total of 95 Ukrainian soldiers returned home.", nil},
		{"troops sent abroad next to no captivity word stay",
			"Canada will send 600 troops to Latvia.",
			[]string{"CA troops 600 troops pledged"}},
		// guard.drill
		{"soldiers contributed to manoeuvres are no commitment",
			"Germany is contributing 12,000 soldiers to the manoeuvres.", nil},
		{"tanks sent for an annual exercise are no commitment",
			"Poland will send 20 tanks to the annual NATO exercise.", nil},
		{"a ship sent to exercises in a place is a deployment",
			"France said it could send a frigate to exercises in the area next year.",
			[]string{"FR equipment frigate considering"}},
		// guard.home-disaster
		{"soldiers fighting wildfires at home are no commitment",
			"Greece deployed 500 soldiers to fight wildfires near the coast.", nil},
		{"troops sent to flooded areas at home are no commitment",
			"Italy sent 300 troops to flooded areas in the north.", nil},
		{"relief for a country named just before is a commitment",
			"Heavy floods hit Slovenia on Friday. Austria sent 100 soldiers to help with the floods.",
			[]string{"AT troops 100 troops delivered"}},
		{"disaster money for the affected states at home is no commitment",
			"The storm damaged homes in Florida. The federal government has approved $3 billion in disaster aid for the affected states.", nil},
		// guard.denied-report
		{"a denied report commits nothing",
			"The French government denied a report that it was preparing to send 2,000 soldiers to Ukraine.", nil},
		{"dismissed claims commit nothing",
			"Hungary dismissed claims that it had supplied 30 tanks to Ukraine.", nil},
		// guard.needs
		{"what a country needs is no gift",
			"Ukraine needs 50 more tanks to equip new brigades.", nil},
		{"a country that requires shells gives none",
			"Moldova urgently requires 100 armoured vehicles to equip its army.", nil},
		// guard.org-pronoun
		{"the pronoun after a bank's statement stands for the bank",
			"A US regulator fined a bank. The bank said it had set aside $900 million for the case.", nil},
		{"the pronoun after a company's statement stands for the company",
			"Norway's army praised the deal. The company said that it would supply 50 trucks.", nil},
		// guard.counterfactual
		{"an unreal past condition is no commitment",
			"If Germany had delivered 300 tanks in 2022, the war would look different.", nil},
		{"an inverted unreal condition is no commitment",
			"Had Britain sent 50 jets earlier, the city might have held.", nil},
		// guard.opinion
		{"a proposal in an opinion piece is no commitment",
			"Opinion: Europe must act\n\nBritain could contribute a brigade to a peacekeeping force.", nil},
		{"the same hedge in news stays considering",
			"Britain could contribute a brigade to a peacekeeping force, officials said.",
			[]string{"GB troops troops considering"}},
		// guard.own-industry
		{"money for the actor's own companies is its own spending",
			"Ukraine has allocated 40 billion hryvnias to buy weapons from Ukrainian companies.", nil},
		{"contracts with domestic producers are own spending",
			"Ukraine's defence ministry signed contracts worth 90 billion hryvnias with domestic producers.", nil},
		{"money for another country's industry is a commitment",
			"Denmark has allocated 500 million kroner to buy weapons from Ukrainian companies for Ukraine.",
			[]string{"DK money 500 million DKK pledged"}},
		// guard.own-force-size
		{"the new size of the own army is no commitment",
			"Poland to expand its army to 300,000 soldiers.", nil},
		{"growing the military to a size is no commitment",
			"Romania will increase its armed forces to 90,000 troops.", nil},
		// guard.subsidy
		{"subsidies for a plant at home are domestic spending",
			"The Polish government will provide 500 million zlotys in subsidies for the project.", nil},
		{"a grant to another country is no subsidy",
			"Poland will provide 500 million zlotys in aid to Ukraine.",
			[]string{"PL money 500 million PLN pledged"}},
		// guard.service-buys
		{"a navy adding ships buys for itself",
			"The Royal Navy plans to add five frigates by 2030.", nil},
		{"an army acquiring howitzers buys for itself",
			"The German army will acquire 40 howitzers.", nil},
		// guard.co-develop
		{"a co-development deal is no gift",
			"Airbus and Italy's Leonardo signed an agreement to jointly develop a new military helicopter.", nil},
		{"a deal to produce shells names no recipient",
			"France signed a contract to produce 5,000 shells a month.", nil},
		// guard.other-clause
		{"troops of another country's clause are not the sender's",
			"Sweden to send surveillance planes as Russia masses troops", []string{"SE equipment planes pledged"}},
		{"soldiers after a while-clause belong to its subject",
			"Norway pledged to send more aid while Russia massed 10,000 soldiers in Belarus.", nil},
		// guard.demanded
		{"what one country demands of another is no commitment",
			"Russia has demanded that Ukraine withdraw its forces from the region.", nil},
		{"what one country insists another do is no commitment",
			"Moscow insists Kyiv pull 20,000 troops back from the border.", nil},
		// guard.front-line
		{"a brigade pulled off the front line is no withdrawal",
			"A Ukrainian brigade has been withdrawn from the front line for rest.", nil},
		{"brigades rotated out of a sector are no commitment",
			"Ukraine's army has rotated several brigades out of the sector this month.", nil},
		{"instructors sent to train away from the front are a commitment",
			"Britain will send 20 instructors to train soldiers away from the front.",
			[]string{"GB troops 20 troops pledged"}},
		// guard.own-purchase
		{"the price of the actor's own purchase is no money commitment",
			"Germany has signed a contract worth about $3.5 billion to buy the Arrow 3 system from Israel.", nil},
		{"money to buy arms for another country stays",
			"Norway will give $100 million to buy air defence systems from Germany for Ukraine.",
			[]string{"NO money 100 million USD pledged"}},
		// guard.own-war
		{"soldiers in their own country's war are no commitment",
			"About 700,000 Russian soldiers were taking part in what the Kremlin calls its special military operation.", nil},
		{"troops in their own offensive are no commitment",
			"Russia has 50,000 troops taking part in its summer offensive.", nil},
		// guard.estimate
		{"another speaker's estimate of a country's troops is no commitment",
			"Russia has about 600,000 soldiers in Ukraine, he estimated.", nil},
		{"what officials believe a country sent is no commitment",
			"Iran has sent 400 drones to Russia, Western officials believe.", nil},
		{"a relative clause of belief describes the donor",
			"The European Union, which believes training is vital, will give €116 million to the mission.",
			[]string{"EU money 116 million EUR pledged"}},
		{"an estimated sum is still a commitment",
			"Germany has provided an estimated €2 billion in aid to Ukraine.",
			[]string{"DE money 2 billion EUR delivered"}},
		// guard.history
		{"troops sent in the last century are history",
			"In 1914, Britain sent 100,000 soldiers to France.", nil},
		{"giving since a year of the last century is cumulative",
			"Japan has provided $2 billion to Ukraine since 1991.",
			[]string{"JP money 2 billion USD delivered"}},
		{"a year of the last century in a later clause dates something else",
			"Germany will station 4,800 troops in Lithuania, its first permanent deployment abroad since the army was founded in 1955.",
			[]string{"DE troops 4800 troops pledged"}},
		{"a past perfect dated by a year is background history",
			"The United States had provided $1.3 billion in security assistance by 2017.", nil},
		{"a sentence opening with at the time is background history",
			"At the time, Germany sent helmets rather than weapons.", nil},
		{"a past perfect without a year stays",
			"Canada had previously allocated $12.5 million to the programme.",
			[]string{"CA money 12.5 million USD pledged"}},
		// guard.domestic
		{"money to help own households is domestic",
			"Italy set aside €5 billion to help households pay energy bills this winter.", nil},
		{"guarantees of corporate loans are domestic",
			"The French government guaranteed €300 billion of corporate loans during the pandemic.", nil},
		{"help for another country's households stays",
			"Japan will give $50 million to help Ukrainian households pay for heating.",
			[]string{"JP money 50 million USD pledged"}},
		// guard.spending-rank
		{"a ranking of own spending is no commitment",
			"The United States spent $916 billion, followed by China with $296 billion and Russia with $109 billion.", nil},
		// guard.own-region
		{"equipment brought into the own region is no commitment",
			"Russia has deployed about 11,000 troops to its Kursk region and brought in dozens of artillery systems.", nil},
		{"equipment moved to the own border is no commitment",
			"Belarus moved 40 tanks to its southern border.", nil},
		// guard.army-size
		{"the size of an army is no presence",
			"The Bundeswehr has 181,000 soldiers in total.", nil},
		{"active soldiers of a country are its army's size",
			"Estonia has 7,000 soldiers in active service.", nil},
		{"troops a country has in another country are a presence",
			"France has 1,500 troops in Chad.",
			[]string{"FR troops 1500 troops delivered"}},
		// guard.for-own-forces
		{"forces a purchase is for are no commitment",
			"The minister added that Stockholm was buying 12 new fighter jets for its own air force.", nil},
		{"a country sending its own troops commits them",
			"Britain will send its own troops to Estonia.",
			[]string{"GB troops troops pledged"}},
		// guard.own-stock
		{"a country expanding its arms factories gives nothing",
			"Russia is also expanding its arms factories, which now work around the clock.", nil},
		{"boosting deliveries to a country stays",
			"Germany is boosting its deliveries of artillery shells to Ukraine.",
			[]string{"DE equipment artillery shells pledged"}},
		{"troops in their first operation abroad are a deployment",
			"Britain has 900 troops in Estonia taking part in their first operation abroad.",
			[]string{"GB troops 900 troops delivered"}},
		// ownGround: a region of its own
		{"troops moved into the own region are no commitment",
			"Russia has deployed about 11,000 troops to its Kursk region.", nil},
		{"troops moved to the own southern border are no commitment",
			"Belarus has moved 5,000 troops to its southern border.", nil},
	}
	runCases(t, e, tests, func(text string, c news.Commitment) string { return summary(c) })
}

// guardsOf returns the ids of the context guards that stop the frames of
// the quantities of text (the frames found by frameFor or textDonorFrame,
// before and after settle).
func guardsOf(e *Extractor, text string) []string {
	a := e.analyze(text)
	defer e.release(a)
	a.computeStats()
	var ids []string
	for _, q := range a.quants {
		f, ok := a.frameFor(&q)
		if !ok {
			f, ok = a.textDonorFrame(&q, a.sents[q.sent]) // the committer of the money before
		}
		if !ok {
			continue
		}
		if id := a.contextGuard(&f, &q); id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
		if f, ok = a.settle(f, &q); !ok {
			continue
		}
		if id := a.contextGuard(&f, &q); id != "" && !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids
}

// TestContextGuardIDs checks that each context guard is the one that
// stops its near-miss: one row per rule id.
func TestContextGuardIDs(t *testing.T) {
	e := newTestExtractor(t)
	for _, tt := range []struct{ id, text string }{
		{guardCaptivity, "Kyiv and Moscow swapped prisoners on Friday. A total of 95 Ukrainian soldiers returned home."},
		{guardDrill, "Germany is contributing 12,000 soldiers to the manoeuvres."},
		{guardHomeDisaster, "Greece deployed 500 soldiers to fight wildfires near the coast."},
		{guardDeniedReport, "The French government denied a report that it was preparing to send 2,000 soldiers to Ukraine."},
		{guardNeeds, "Ukraine needs 50 more tanks to equip new brigades."},
		{guardOrgPronoun, "Regulator fines bank $1.4bn over sanctions breaches\n\nNEW YORK (Wire) — A US regulator fined a European bank $1.4 billion on Thursday for processing payments for sanctioned clients.\n\nThe bank agreed to pay the penalty and hire an independent monitor for three years.\n\nIt is the largest such fine since 2019, when a British bank paid $1.1 billion.\n\nThe bank said it had set aside $900 million for the case last year.\n\nIts shares fell 2% in Frankfurt.\n"},
		{guardCounterfactual, "If Germany had delivered 300 tanks in 2022, the war would look different."},
		{guardOpinion, "Opinion: Europe must act\n\nBritain could contribute a brigade to a peacekeeping force."},
		{guardOwnIndustry, "Ukraine has allocated 40 billion hryvnias to buy weapons from Ukrainian companies."},
		{guardOwnForceSize, "Poland to expand army to 300,000 soldiers"},
		{guardSubsidy, "The Polish government will provide 500 million zlotys in subsidies for the project."},
		{guardServiceBuys, "The Royal Navy plans to add five frigates by 2030."},
		{guardCoDevelop, "Airbus and Italy's Leonardo signed an agreement to jointly develop a new military helicopter."},
		{guardOtherClause, "Sweden to send surveillance planes as Russia masses troops"},
		{guardDemanded, "Russia has demanded that Ukraine withdraw its forces from the region."},
		{guardFrontLine, "Ukraine's army has rotated several brigades out of the sector this month."},
		{guardOwnPurchase, "Germany has signed a contract worth about $3.5 billion to buy the Arrow 3 system from Israel."},
		{guardOwnWar, "About 700,000 Russian soldiers were taking part in what the Kremlin calls its special military operation."},
		{guardEstimate, "Russia has about 600,000 soldiers in Ukraine, he estimated."},
		{guardHistory, "In 1914, Britain sent 100,000 soldiers to France."},
		{guardDomestic, "Italy set aside €5 billion to help households pay energy bills this winter."},
		{guardSpendingRank, "The United States spent $916 billion, followed by China with $296 billion."},
		{guardOwnRegion, "Russia has deployed about 11,000 troops to its Kursk region and brought in dozens of artillery systems."},
		{guardArmySize, "The Bundeswehr has 181,000 soldiers in total."},
		{guardOwnStock, "Russia is also expanding its arms factories, which now work around the clock."},
		{guardForOwnForces, "The minister added that Stockholm was buying 12 new fighter jets for its own air force."},
		{guardWaiver, "The United States granted waivers for emergency food, medicine and fuel."},
		{guardBeneficiary, "Tanzania and Uganda joined a long list of countries to benefit from the supply of the doses."},
	} {
		t.Run(tt.id, func(t *testing.T) {
			if got := guardsOf(e, tt.text); !slices.Contains(got, tt.id) {
				t.Errorf("guards of %q = %q, want %s among them", tt.text, got, tt.id)
			}
		})
	}
}
