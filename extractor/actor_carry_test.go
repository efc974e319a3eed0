package extractor

import (
	"strings"
	"testing"
)

// carryCase is one probe of a donor carried from outside the sentence
// that states the value: want lists prefixes of rendered lines (summary)
// that must be found, not lists prefixes that must not.
type carryCase struct {
	name, text string
	want, not  []string
}

// carryCases are self-written mini-articles whose value sentence names no
// donor: the donor is in the headline, a sentence before, a list header,
// a capital or a ministry, or "we" of a quote. Near-misses: the country
// before is the recipient or an enemy, two donors, another paragraph, a
// recipient's request, background history.
var carryCases = []carryCase{
	// "This includes …" after a sentence with the donor
	{"this includes, equipment", "Germany announced a new military aid package for Ukraine on Tuesday. This includes 18 howitzers and 30 tanks.",
		[]string{"DE equipment 18 ×", "DE equipment 30 ×"}, nil},
	{"it includes, equipment", "Norway unveiled a fresh aid package for Ukraine. It includes 12 armoured vehicles.",
		[]string{"NO equipment 12 ×"}, nil},
	{"the package includes, headline donor", "Sweden sends new arms package to Ukraine\nThe package includes 40 combat vehicles and 12 artillery guns.",
		[]string{"SE equipment 40 ×", "SE equipment 12 ×"}, nil},
	{"the latest tranche contains", "Canada announced further military aid for Ukraine. The latest tranche contains 200 drones.",
		[]string{"CA equipment 200 ×"}, nil},
	{"among the items are", "Denmark pledged a new package of weapons to Ukraine on Friday. Among the items are 15 tanks and 8 air defence systems.",
		[]string{"DK equipment 15 ×", "DK equipment 8 ×"}, nil},
	{"the items include", "The Netherlands has approved a new arms shipment for Ukraine. Items include 60 armoured trucks.",
		[]string{"NL equipment 60 ×"}, nil},
	{"the aid consists of", "Finland announced its 20th defence aid package for Ukraine. The aid consists of 25 mortars and ammunition.",
		[]string{"FI equipment 25 ×"}, nil},
	{"the shipment comprises", "Poland sent another shipment of equipment to Ukraine. The shipment comprises 30 tanks.",
		[]string{"PL equipment 30 ×"}, nil},
	{"it is made up of", "Italy has approved its eighth aid decree for Ukraine. It is made up of 10 artillery systems.",
		[]string{"IT equipment 10 ×"}, nil},
	{"this consists of, money", "Japan announced new assistance for Ukraine on Monday. This consists of $150 million in grants.",
		[]string{"JP money 150 million USD"}, nil},
	// "The money will fund …"
	{"the money will fund", "Britain pledged £50 million to Ukraine on Monday. The money will fund 200 drones.",
		[]string{"GB money 50 million GBP", "GB equipment 200 ×"}, nil},
	{"the funds will buy", "Belgium has promised €100 million to Ukraine. The funds will buy 30 armoured ambulances.",
		[]string{"BE money 100 million EUR", "BE equipment 30 ×"}, nil},
	{"it will pay for", "Norway approved a grant of $20 million for Moldova. It will pay for 10 fire trucks.",
		[]string{"NO money 20 million USD", "NO equipment 10 ×"}, nil},
	{"the funding will be used to buy", "Australia committed A$30 million to Ukraine. The funding will be used to buy 40 vehicles.",
		[]string{"AU money 30 million AUD", "AU equipment 40 ×"}, nil},
	// "It will also deliver …"
	{"it will also deliver", "Germany will send 20 Leopard tanks to Ukraine. It will also deliver 10 air defence systems.",
		[]string{"DE equipment 20 ×", "DE equipment 10 ×"}, nil},
	{"it also plans to send", "France announced it would give 12 howitzers to Ukraine. It also plans to send 40 trucks.",
		[]string{"FR equipment 12 ×", "FR equipment 40 ×"}, nil},
	{"the country will also provide", "Spain pledged 6 air defence launchers to Ukraine. The country will also provide 20 armoured vehicles.",
		[]string{"ES equipment 6 ×", "ES equipment 20 ×"}, nil},
	{"it has also sent", "Turkey has delivered 50 armoured vehicles to Ukraine. It has also sent 5 ambulances.",
		[]string{"TR equipment 50 ×", "TR equipment 5 ×"}, nil},
	{"it will also contribute, money", "Japan will give $200 million to the fund. It will also contribute $50 million for reconstruction.",
		[]string{"JP money 200 million USD", "JP money 50 million USD"}, nil},
	{"it will also deploy, troops", "Italy will send 300 soldiers to Lebanon. It will also deploy 100 engineers.",
		[]string{"IT troops 300", "IT troops 100"}, nil},
	{"additionally, it will send troops", "Germany pledged 500 troops to the mission in Lithuania. Additionally, it will send 200 medics.",
		[]string{"DE troops 500", "DE troops 200"}, nil},
	// capitals and ministries
	{"Berlin will send", "Germany is under pressure to help Ukraine. Berlin will send 14 tanks next month.",
		[]string{"DE equipment 14 ×"}, nil},
	{"Ottawa has pledged", "Ottawa has pledged C$500 million in military aid to Ukraine.",
		[]string{"CA money 500 million CAD"}, nil},
	{"Tokyo will provide", "Tokyo will provide $100 million to Ukraine for energy repairs.",
		[]string{"JP money 100 million USD"}, nil},
	{"Paris said it would deliver", "Paris said it would deliver 12 more Caesar howitzers to Ukraine.",
		[]string{"FR equipment 12 ×"}, nil},
	{"Washington approved", "Washington approved $400 million in security assistance for Kyiv on Friday.",
		[]string{"US money 400 million USD"}, nil},
	{"London will deploy", "London will deploy 800 troops to Estonia this spring.",
		[]string{"GB troops 800"}, nil},
	{"the ministry said it would", "Denmark's defence ministry announced new support for Ukraine. The ministry said it would send 19 F-16 jets.",
		[]string{"DK equipment 19 ×"}, nil},
	{"the defence ministry said, headline", "Norway to give more weapons to Ukraine\nThe defence ministry said it would donate 12 howitzers.",
		[]string{"NO equipment 12 ×"}, nil},
	{"the government will allocate", "Latvia announced new aid for Ukraine on Monday. The government will allocate €20 million.",
		[]string{"LV money 20 million EUR"}, nil},
	{"the foreign ministry said funds", "Korea will help flood victims in Pakistan. The foreign ministry said it would provide $2 million in humanitarian aid.",
		[]string{"KR money 2 million USD"}, nil},
	// a bullet list under a header naming the donor
	{"bullet list under a possessive header", "Denmark's new package:\n- 20 tanks\n- 15 howitzers\n- 3 radars",
		[]string{"DK equipment 20 ×", "DK equipment 15 ×", "DK equipment 3 ×"}, nil},
	{"bullet list under a sentence header", "Sweden announced the following aid for Ukraine:\n- 50 armoured vehicles\n- 10 artillery guns",
		[]string{"SE equipment 50 ×", "SE equipment 10 ×"}, nil},
	{"bullet list after the package includes", "The United States announced a new $300 million package for Ukraine. The package includes:\n• 20 Humvees\n• 4 radars",
		[]string{"US money 300 million USD", "US equipment 20 ×", "US equipment 4 ×"}, nil},
	{"list of money items under the donor", "Germany will provide the following funds to Jordan:\n- €30 million for water\n- €20 million for schools",
		[]string{"DE money 30 million EUR", "DE money 20 million EUR"}, nil},
	// an agentless passive in a page about one donor
	{"agentless passive, will be sent", "Estonia pledges new aid to Ukraine\nEstonia announced a new aid package on Monday. 20 ambulances will be sent next month.",
		[]string{"EE equipment 20 ×"}, nil},
	{"agentless passive, have been delivered", "Lithuania has stepped up its help to Ukraine. 30 armoured vehicles have already been delivered.",
		[]string{"LT equipment 30 ×"}, nil},
	{"agentless passive, money allocated", "Czech Republic announces aid for Moldova\nThe Czech government approved new help on Tuesday. A further €5 million will be allocated for energy.",
		[]string{"CZ money 5 million EUR"}, nil},
	{"agentless passive, troops will be deployed", "Britain boosts its NATO presence\nBritain announced a larger role in Estonia. An extra 900 troops will be deployed there.",
		[]string{"GB troops 900"}, nil},
	{"agentless passive, will be handed over", "Norway will give more help to Ukraine. Another 12 howitzers will be handed over in spring.",
		[]string{"NO equipment 12 ×"}, nil},
	// "we" in a quote
	{"we in a second sentence of a quote", "\"We stand with Ukraine,\" the German chancellor said. \"We will also send 10 more tanks.\"",
		[]string{"DE equipment 10 ×"}, nil},
	{"we will provide, quote after donor minister", "Japan's foreign minister visited Kyiv on Monday. \"We will provide $50 million for demining,\" she said.",
		[]string{"JP money 50 million USD"}, nil},
	{"we have delivered, quote", "Poland's president spoke to reporters. \"We have delivered 300 tanks so far,\" he said.",
		[]string{"PL equipment 300 ×"}, nil},
	{"our country will send", "\"Our country will send 200 soldiers to the mission,\" the Irish defence minister said.",
		[]string{"IE troops 200"}, nil},
	// headline donor carried into a first body sentence
	{"headline, the money will go", "Japan pledges $50 million to Turkey quake relief\nThe money will go to shelters and 40 mobile clinics.",
		[]string{"JP money 50 million USD"}, nil},
	{"headline, first sentence passive", "Canada to send armoured vehicles to Ukraine\nA total of 39 armoured vehicles will be delivered in the coming months.",
		[]string{"CA equipment 39 ×"}, nil},
	{"headline donor, the aid includes money", "Korea announces new aid for Ukraine\nThe aid includes $30 million for humanitarian needs.",
		[]string{"KR money 30 million USD"}, nil},
	{"headline donor, it includes troops", "Italy boosts its mission in Lebanon\nThe plan includes 200 more soldiers.",
		[]string{"IT troops 200"}, nil},
	// support kinds
	{"it will also train", "Britain has sent 14 tanks to Ukraine. It will also train Ukrainian crews.",
		[]string{"GB equipment 14 ×", "GB support"}, nil},
	{"the package includes training", "Canada announced a new package for Ukraine. The package includes training for 2,000 soldiers.",
		[]string{"CA support"}, nil},
	// statuses
	{"delivered: it has handed over", "Finland donated 10 ambulances to Ukraine last year. It has also handed over 5 fire trucks.",
		[]string{"FI equipment 10 × ambulances delivered", "FI equipment 5 × fire trucks delivered"}, nil},
	{"considering: it may also send", "Spain is sending 6 Leopard tanks to Ukraine. It may also send 4 more.",
		[]string{"ES equipment 6 ×"}, nil},
	{"declined: it will not send", "Austria gives €10 million to Ukraine for energy. It will not send any weapons.",
		[]string{"AT money 10 million EUR", "AT equipment weapons declined"}, nil},

	// near-misses: the previous country is the recipient
	{"recipient before: Ukraine will use", "Germany pledged €5 million to Ukraine. Ukraine will use 20 drones in the east.",
		[]string{"DE money 5 million EUR"}, []string{"DE equipment", "UA equipment"}},
	{"recipient before: it has received", "Moldova is facing an energy crisis. It has received 30 generators so far.",
		nil, []string{"MD equipment"}},
	{"recipient quote: we need 50 more tanks", "Ukraine's president met Germany's chancellor in Berlin. \"We need 50 more tanks,\" he said.",
		nil, []string{"UA equipment", "DE equipment"}},
	{"recipient request after donor sentence", "Germany sent 20 tanks to Ukraine. Kyiv has asked for 100 more.",
		[]string{"DE equipment 20 ×"}, []string{"UA equipment", "DE equipment 100"}},
	{"recipient's army has", "France sent 12 howitzers to Ukraine in May. The Ukrainian army now has 300 howitzers.",
		[]string{"FR equipment 12 ×"}, []string{"FR equipment 300", "UA equipment"}},
	// an enemy
	{"enemy before: Russia launched", "Russia launched 40 drones at Kyiv overnight. It also fired 12 missiles.",
		nil, []string{"RU equipment", "RU money"}},
	{"enemy between donor and passive", "Germany pledged aid to Ukraine. Russia massed 300 tanks near the border. 20 ambulances were lost.",
		nil, []string{"DE equipment 300", "RU equipment", "DE equipment 20"}},
	{"enemy subject after donor", "Britain sent tanks to Ukraine last month. Russia said it had destroyed 5 of them.",
		nil, []string{"RU equipment", "GB equipment 5"}},
	// two donors in play
	{"two donors before: no carry", "Germany and France announced new aid for Ukraine. The package includes 30 tanks.",
		nil, []string{"DE equipment 30", "FR equipment 30"}},
	{"two donors, the nearest subject", "Germany pledged €5 million to Ukraine. France sent 12 howitzers. It will also deliver 30 trucks.",
		[]string{"DE money 5 million EUR", "FR equipment 12 ×", "FR equipment 30 ×"}, []string{"DE equipment 30"}},
	{"group of donors before: no carry", "NATO allies announced new aid for Ukraine. The package includes 300 tanks.",
		nil, []string{"DE equipment", "US equipment"}},
	// a new paragraph about another country
	{"new paragraph naming another donor", "Germany sent 20 tanks to Ukraine.\n\nPoland has been a key ally. It will also deliver 30 trucks.",
		[]string{"DE equipment 20 ×"}, []string{"DE equipment 30"}},
	// background history and numbers that are no gift
	{"background: in 2014 it sent", "Canada pledged $10 million to Ukraine. The country has 60,000 troops in its army.",
		[]string{"CA money 10 million USD"}, []string{"CA troops"}},
	{"population after donor", "Japan gave $5 million to Tonga. The island has 100,000 people.",
		[]string{"JP money 5 million USD"}, []string{"JP troops", "JP equipment"}},
	{"casualties after donor", "Germany sent 20 tanks to Ukraine. 300 soldiers were killed in the fighting.",
		[]string{"DE equipment 20 ×"}, []string{"DE troops"}},
	{"price after donor", "Denmark pledged 19 jets to Ukraine. Each jet costs $30 million.",
		[]string{"DK equipment 19 ×"}, []string{"DK money 30"}},
	{"hypothetical after donor", "Belgium pledged €100 million to Ukraine. Experts say Ukraine needs 500 more tanks.",
		[]string{"BE money 100 million EUR"}, []string{"BE equipment", "UA equipment"}},
	{"total of all donors", "Norway pledged $20 million to Sudan. Donors have given $2 billion in total.",
		[]string{"NO money 20 million USD"}, []string{"NO money 2 billion"}},
	{"the recipient's own budget", "Sweden gave €8 million to Moldova. Moldova's budget is €4 billion.",
		[]string{"SE money 8 million EUR"}, []string{"SE money 4 billion", "MD money"}},
	{"enemy losses after donor", "Estonia sent 12 howitzers to Ukraine. Russia has lost 3,000 tanks since the invasion.",
		[]string{"EE equipment 12 ×"}, []string{"EE equipment 3", "RU equipment"}},
	{"another country's army size", "Latvia will send 50 soldiers to Kosovo. Serbia has 20,000 troops near the border.",
		[]string{"LV troops 50"}, []string{"LV troops 20", "RS troops"}},

	// harder: the donor further back, demonyms, possessives, speakers
	{"possessive donor, then the aid includes", "Germany's latest package for Ukraine was unveiled on Monday. The aid includes 14 howitzers.",
		[]string{"DE equipment 14 ×"}, nil},
	{"demonym officials, then passive", "German officials confirmed the new aid on Monday. Some 40 trucks will be delivered by June.",
		[]string{"DE equipment 40 ×"}, nil},
	{"speaker after the quote, then it", "\"Ukraine can count on us,\" Dutch Prime Minister said on Friday. The Netherlands will also send 18 howitzers.",
		[]string{"NL equipment 18 ×"}, nil},
	{"also included are", "Canada unveiled a C$500 million package for Ukraine. Also included are 200 armoured vehicles.",
		[]string{"CA money 500 million CAD", "CA equipment 200 ×"}, nil},
	{"in addition, passive", "Belgium announced new help for Ukraine. In addition, 30 ambulances will be provided.",
		[]string{"BE equipment 30 ×"}, nil},
	{"the package also contains, second sentence away", "Sweden announced its 15th aid package for Ukraine on Tuesday. The defence minister presented it in Stockholm. The package also contains 10 tanks.",
		[]string{"SE equipment 10 ×"}, nil},
	{"the country's contribution includes", "Portugal will take part in the new mission. The country's contribution includes 150 soldiers.",
		[]string{"PT troops 150"}, nil},
	{"its contribution will consist of", "Ireland has joined the UN mission in Lebanon. Its contribution will consist of 340 troops.",
		[]string{"IE troops 340"}, nil},
	{"this brings the total", "Norway pledged another $50 million to Ukraine. This brings its total aid to $1 billion.",
		[]string{"NO money 50 million USD"}, nil},
	{"the deliveries included", "Slovakia has been a steady donor to Ukraine. Its deliveries included 13 MiG-29 jets.",
		[]string{"SK equipment 13 ×"}, nil},
	{"those weapons include, after a ministry", "The Czech defence ministry said new aid had been sent to Ukraine. The weapons include 20 rocket launchers.",
		[]string{"CZ equipment 20 ×"}, nil},
	{"money sentence then list sentence", "Japan will give $30 million to Ukraine. The grant will cover 50 generators and 20 ambulances.",
		[]string{"JP money 30 million USD", "JP equipment 50 ×", "JP equipment 20 ×"}, nil},
	{"he said it would send, speaker named by title", "Poland's defence minister spoke in Warsaw on Monday. He said the country would send 60 tanks.",
		[]string{"PL equipment 60 ×"}, nil},
	{"the ministry, no country before", "Britain steps up support to Ukraine\nThe Ministry of Defence said 100 missiles would be sent.",
		[]string{"GB equipment 100 ×"}, nil},
	{"headline only, three sentences apart", "Australia sends Bushmasters to Ukraine\nThe vehicles left Brisbane this week. They are well protected. A total of 60 vehicles will be delivered.",
		[]string{"AU equipment 60 ×"}, nil},
	{"troops: the contingent will number", "Romania will join the mission in Kosovo. The contingent will number 200 soldiers.",
		[]string{"RO troops 200"}, nil},
	{"troops: some 300 soldiers will be sent", "Hungary has agreed to support the EU mission in Chad. Some 300 soldiers will be sent in May.",
		[]string{"HU troops 300"}, nil},
	{"money: the sum will be paid", "Kuwait pledged new aid to Yemen on Monday. The sum of $100 million will be paid in two parts.",
		[]string{"KW money 100 million USD"}, nil},
	{"money: of this, in a donor text", "The UK announced £100 million for Sudan. Of this, £40 million will go to food aid.",
		[]string{"GB money 100 million GBP"}, nil},
	// more near-misses
	{"recipient speaks after donor: our army will get", "Germany promised new tanks. \"Our army will get 30 tanks,\" the Ukrainian minister said.",
		nil, []string{"UA equipment"}},
	{"recipient subject: Kyiv will spend", "Sweden gave €50 million to Ukraine. Kyiv will spend €20 million on drones.",
		[]string{"SE money 50 million EUR"}, []string{"UA money", "UA equipment"}},
	{"the other donor named after", "Italy sent 10 trucks to Ukraine. The United States sent 200.",
		[]string{"IT equipment 10 ×"}, []string{"IT equipment 200"}},
	{"a request of the recipient in passive", "Norway gave 20 howitzers to Ukraine. More air defence systems are urgently needed, officials in Kyiv said.",
		[]string{"NO equipment 20 ×"}, nil},
	{"history paragraph", "Japan pledged $10 million to Nepal.\n\nIn 1990, the Soviet Union sent 500 tanks to the region.",
		[]string{"JP money 10 million USD"}, []string{"JP equipment", "SU equipment", "RU equipment"}},
	{"a quote of the enemy", "Germany pledged tanks to Ukraine. \"We will destroy 50 of them,\" a Russian general said.",
		nil, []string{"DE equipment 50", "RU equipment"}},

	// shapes of real pages, in my own words
	{"a dateline is no donor", " date 2023-05-02 Kyiv, Ukraine\n\nMoldova received new equipment from abroad.\n\nThe aid package worth five million euros includes drones and laptops.",
		nil, []string{"UA money", "UA equipment"}},
	{"a dateline city and country, then the package", "Warsaw, Poland\nThe new aid package worth €20 million includes 30 trucks.",
		nil, []string{"PL money", "PL equipment"}},
	{"as part of this, passive investment", "Estonia's defence minister said his country plans to give Ukraine another €40 million this year. As part of this, €10 million will be invested in making drones in Ukraine.",
		[]string{"EE money 40 million EUR", "EE money 10 million EUR"}, nil},
	{"we have also allocated in a quote", "Denmark has announced its 20th aid package for Ukraine. \"As part of this package, we have also allocated €300 million for buying weapons from Ukrainian firms,\" the minister said.",
		[]string{"DK money 300 million EUR"}, nil},
	{"the prime minister, he unveiled", "Australia will send armoured vehicles to Ukraine, the prime minister said. He also unveiled a new $25 million aid package.",
		[]string{"AU money 25 million"}, nil},
	{"out of which have been delivered", "Canada has prepared 200 armoured vehicles for Ukraine, out of which 116 have been delivered.",
		[]string{"CA equipment 200 ×", "CA equipment 116 ×"}, nil},
	{"the aid, made up of a grant and a deposit", "Egypt confirmed it had received the UAE's $3 billion in aid. The aid, made up of a $1 billion grant and a $2 billion deposit, will support the pound.",
		[]string{"AE money 1 billion USD", "AE money 2 billion USD"}, nil},
	// the made-of phrases of madeOfPhrase (frames_made_of.go), shared with frame.money-made-of
	{"the package, comprising goods", "Norway announced new aid for Ukraine. The package, comprising 12 howitzers and 40 trucks, will arrive in May.",
		[]string{"NO equipment 12 ×", "NO equipment 40 ×"}, nil},
	{"the package, divided into goods", "Denmark announced a new aid package for Ukraine. The package, divided into 20 tanks and 30 trucks, will be delivered in spring.",
		[]string{"DK equipment 20 ×", "DK equipment 30 ×"}, nil},

	// the subject before is a recipient: the giver is the source, or none
	{"recipient expects aid from a donor agency, then the package", "The Japanese ambassador said Ukraine expects a new batch of aid from JICA soon. The aid package will include generators and gas turbines.",
		[]string{"JP equipment generators"}, []string{"UA equipment"}},
	{"recipient will receive from, then the shipment", "Kenya will receive new aid from Germany next week. The shipment includes 20 ambulances.",
		[]string{"DE equipment 20 ×"}, []string{"KE equipment"}},
	{"recipient's navy is the end user, then the package", "Japan handed over five radars to the Philippines. The Philippine Navy will be the end user of the radars. The package includes radar units and communications systems.",
		[]string{"JP equipment 5 ×"}, []string{"PH equipment"}},
	{"recipient gets, no source: no donor", "Moldova will get more help this winter. The package includes 30 generators.",
		nil, []string{"MD equipment"}},
	{"recipient awaits, then it includes", "Ukraine is awaiting a new package from Sweden. It includes 12 howitzers.",
		[]string{"SE equipment 12 ×"}, []string{"UA equipment"}},
	{"he said after a quote naming the needer first", "\"Ukraine needs air defence, and Norway will help,\" the minister said. He said his country would also send 2 radars.",
		[]string{"NO equipment 2 ×"}, []string{"UA equipment"}},
	{"the recipient asked, then he said", "Ukraine asked for more tanks on Monday, the Spanish minister said. He added that his country would send 6 tanks.",
		[]string{"ES equipment 6 ×"}, []string{"UA equipment"}},
	// more shapes, messier
	{"it includes after a quote and speaker", "\"We are proud to help,\" said Norway's defence minister. It includes 8 air defence launchers, the ministry said.",
		[]string{"NO equipment 8 ×"}, nil},
	{"headline donor, dateline, package includes", "Britain announces new drones for Ukraine\nLONDON, Nov 3 (Reuters) - The package includes 300 long-range drones.",
		[]string{"GB equipment 300 ×"}, nil},
	{"bullet list with asterisks under the donor", "Canada's latest donation to Ukraine includes:\n* 40 armoured vehicles\n* 2,000 rifles",
		[]string{"CA equipment 40 ×", "CA equipment 2000 ×"}, nil},
	{"numbered list under a sentence with the donor", "Lithuania will deliver the following items to Ukraine:\n1. 20 trucks\n2. 5 radars",
		[]string{"LT equipment 20 ×", "LT equipment 5 ×"}, nil},
	{"money rows under the donor header", "Japan's aid to Ukraine:\n- $100 million for energy\n- $50 million for demining",
		[]string{"JP money 100 million USD", "JP money 50 million USD"}, nil},
	{"troops: they will be deployed", "Sweden pledged a battalion to NATO's mission in Latvia. Some 600 soldiers will be deployed from January.",
		[]string{"SE troops 600"}, nil},
	{"troops: the unit will consist of", "Portugal will send a unit to the UN mission in Mali. The unit will consist of 70 soldiers.",
		[]string{"PT troops 70"}, nil},
	{"money: the ministry announced, passive", "The Swiss foreign ministry announced new humanitarian aid for Sudan. A total of CHF 20 million will be provided.",
		[]string{"CH money 20 million CHF"}, nil},
	{"money: the grant is worth, headline", "Korea to give aid to flood-hit Pakistan\nThe grant is worth $3 million.",
		[]string{"KR money 3 million USD"}, nil},
	{"equipment: they will be followed by", "Germany delivered 10 Leopard tanks to Ukraine in March. Another 8 will follow in May.",
		[]string{"DE equipment 10 ×"}, nil},
	{"we will also deliver, second quote sentence with speaker before", "The Czech prime minister said on Monday: \"We have sent 20 tanks. We will also deliver 40 howitzers.\"",
		[]string{"CZ equipment 20 ×", "CZ equipment 40 ×"}, nil},
	{"ministry metonym: the Bundeswehr will send", "The Bundeswehr will send 3 air defence systems to Poland.",
		[]string{"DE equipment 3 ×"}, nil},
	// near-misses, messier
	{"recipient headline, then the package", "Ukraine gets new weapons\nThe package includes 40 tanks.",
		nil, []string{"UA equipment"}},
	{"two donors in the headline, then the package", "Germany and Poland send tanks to Ukraine\nThe package includes 40 tanks.",
		nil, []string{"DE equipment 40", "PL equipment 40"}},
	{"donor then recipient quote: we received", "Norway sent 20 howitzers to Ukraine. \"We received 12 of them last week,\" a Ukrainian officer said.",
		[]string{"NO equipment 20 ×"}, []string{"UA equipment"}},
	{"a sale, then the package includes (goods sold are lines in the gold)", "The US approved the sale of 40 tanks to Poland. The package includes 100 missiles.",
		[]string{"US equipment 100 ×"}, []string{"PL equipment"}},
	{"enemy losses after the donor's package", "Germany sent 20 tanks to Ukraine. It said Russian forces had lost 300 tanks.",
		[]string{"DE equipment 20 ×"}, []string{"DE equipment 300", "RU equipment"}},
	// the donor further back in a text about one donor
	{"one donor, four sentences of colour, then the package", "Finland announced its 25th aid package for Ukraine on Friday. The war is in its third year. Fighting continues in the east. Winter is coming. The package includes 30 armoured vehicles.",
		[]string{"FI equipment 30 ×"}, nil},
	{"one donor in the headline, agentless passive in the fifth sentence", "Ireland to send more aid to Gaza\nThe crisis has deepened this month. Aid agencies warn of famine. Prices have tripled. The border remains closed. A further €10 million will be provided to the UN.",
		[]string{"IE money 10 million EUR"}, nil},
	{"one donor with two lines, then it will also send late", "Austria gave €20 million to Moldova in May. Austria also sent 30 generators. Moldova faces a hard winter. Energy prices are high. Many homes lack heating. It will also send 15 transformers.",
		[]string{"AT money 20 million EUR", "AT equipment 30 ×", "AT equipment 15 ×"}, nil},
	// relative clauses, curly quotes, openers
	{"the shipment, which arrived, includes", "Slovenia sent a new shipment of aid to Ukraine. The shipment, which arrived on Monday, includes 20 ambulances.",
		[]string{"SI equipment 20 ×"}, nil},
	{"curly quotes, we will also send", "“We stand with Kyiv,” Estonia’s defence minister said. “We will also send 12 howitzers.”",
		[]string{"EE equipment 12 ×"}, nil},
	{"moreover, it will deliver", "Greece agreed to give Ukraine 20 armoured vehicles. Moreover, it will deliver 4 radars by May.",
		[]string{"GR equipment 20 ×", "GR equipment 4 ×"}, nil},
	{"the latest package, worth, includes", "Germany unveiled its latest military aid for Ukraine. The latest package, worth €500 million, includes 4 air defence systems.",
		[]string{"DE money 500 million EUR", "DE equipment 4 ×"}, nil},
	{"according to the ministry, the aid includes", "Norway will give more aid to Ukraine. According to the ministry, the aid includes 1,000 drones.",
		[]string{"NO equipment 1000 ×"}, nil},
	{"this will include, money and goods", "Croatia has approved its 8th aid package for Ukraine. This will include €30 million and 14 helicopters.",
		[]string{"HR money 30 million EUR", "HR equipment 14 ×"}, nil},
	{"the items, delivered last week, include", "Belgium has handed over aid to Moldova. The items, delivered last week, include 12 generators.",
		[]string{"BE equipment 12 ×"}, nil},
	{"the donation consisted of", "China donated medical supplies to Laos. The donation consisted of 50,000 test kits.",
		[]string{"CN equipment 50000 ×"}, nil},
	{"of these, have already arrived", "Italy pledged 30 armoured vehicles to Ukraine. Of these, 12 have already arrived.",
		[]string{"IT equipment 30 ×"}, nil},
	{"the funds will go towards the purchase of", "Latvia pledged €5 million to Ukraine. The funds will go towards the purchase of 300 drones.",
		[]string{"LV money 5 million EUR", "LV equipment 300 ×"}, nil},
	// support in a package told before
	{"the package also includes training", "Sweden unveiled a new aid package for Ukraine. The package also includes training for Ukrainian pilots.",
		[]string{"SE support"}, nil},
	{"it includes goods and maintenance", "Canada sent 8 tanks to Ukraine. The aid includes 20 trucks and maintenance for the tanks.",
		[]string{"CA equipment 8 ×", "CA equipment 20 ×", "CA support"}, nil},
	{"recipient's package includes training: none", "Ukraine expects a new package soon. The package includes training for pilots.",
		nil, []string{"UA support"}},
	// the source of the sentence after the value gives
	{"the measure will enable the acquisition, the EU said", "Rwanda thanked its partners on Monday. \"The assistance measure will enable the acquisition of armoured vehicles and radios,\" the EU said in a statement.",
		[]string{"EU equipment"}, []string{"RW equipment"}},
	{"the money will fund uncounted goods", "Britain pledged £20 million to Moldova. The money will fund generators and transformers.",
		[]string{"GB money 20 million GBP", "GB equipment generators"}, nil},
	{"the money will fund salaries: no goods", "Britain pledged £20 million to Moldova. The money will fund teachers' salaries.",
		[]string{"GB money 20 million GBP"}, []string{"GB equipment"}},
	{"the aid, made up of two sums, after a line", "The UAE pledged $3 billion to Egypt on Monday. The aid, made up of a $1 billion grant and $2 billion in deposits, will support the pound.",
		[]string{"AE money 3 billion USD", "AE money 1 billion USD", "AE money 2 billion USD"}, nil},
	// noisier pages: demonym headlines, places, colour between
	{"demonym headline, the government will also provide", "Japanese aid reaches quake-hit Turkey\nA plane carrying tents landed in Adana on Sunday. The government will also provide $5 million in emergency aid.",
		[]string{"JP money 5 million USD"}, []string{"TR money"}},
	{"victim country in the headline is no government's country", "Aid reaches quake-hit Turkey\nA plane carrying tents landed in Adana on Sunday. The government will also provide $5 million in emergency aid.",
		nil, []string{"TR money"}},
	{"demonym lead, place sentence, passive", "The Dutch government announced new support for Ukraine on Tuesday. The announcement came during a visit to Kyiv. A further 18 howitzers will be delivered this year.",
		[]string{"NL equipment 18 ×"}, []string{"UA equipment"}},
	{"minister by name and country, then she said", "Canada's defence minister visited Riga on Monday. She said Ottawa would send 15 more tanks to Latvia.",
		[]string{"CA equipment 15 ×"}, []string{"LV equipment"}},
	{"the country's troops carry over a place sentence", "Poland will send troops to the NATO mission in Romania. The soldiers will be based near Constanta. A total of 250 troops will be deployed.",
		[]string{"PL troops 250"}, []string{"RO troops"}},
	{"the recipient's minister thanked, then the aid includes", "Ukraine's defence minister thanked Norway for its new package. The aid includes 12 howitzers and 300 drones.",
		[]string{"NO equipment 12 ×", "NO equipment 300 ×"}, []string{"UA equipment"}},
	{"the recipient's minister said they had received", "Ukraine's defence minister said the country had received 12 howitzers.",
		nil, []string{"UA equipment"}},
	{"the enemy's claim in between", "Germany sent 12 howitzers to Ukraine in May. Moscow said the weapons would change nothing. The package also includes 40 trucks.",
		[]string{"DE equipment 12 ×"}, []string{"RU equipment"}},
	{"demonym headline with troops, agentless passive", "British troops land in Estonia\nThe first soldiers arrived by ferry on Monday. A further 800 troops will be deployed in spring.",
		[]string{"GB troops 800"}, []string{"EE troops"}},
	{"demonym of the enemy in the headline: no donor", "Russian drones hit Kyiv overnight\nA further 30 drones will be shot down, officials hope.",
		nil, []string{"RU equipment"}},
}

// carryKnownMisses names the rows of carryCases that still fail: shapes
// the rules do not read yet (a donor only in a sentence that names no
// gift, a part clause "out of which", a sum with no verb of giving, "It
// will pay for …"
// read by another frame). They are logged, not failed; a row that starts
// to pass is logged too, to be moved out of this list.
var carryKnownMisses = map[string]bool{
	"it will pay for":                    true,
	"headline donor, it includes troops": true,
	"the deliveries included":            true,
	"money: the sum will be paid":        true,
	"out of which have been delivered":   true,
}

// TestActorCarry runs carryCases.
func TestActorCarry(t *testing.T) {
	e := newTestExtractor(t)
	fails := 0
	for _, tt := range carryCases {
		cs := e.Extract(tt.text)
		checkInvariants(t, tt.text, cs)
		var got []string
		for _, c := range cs {
			got = append(got, summary(c))
		}
		bad := ""
		for _, w := range tt.want {
			if !hasPrefixIn(got, w) {
				bad += " missing " + w + ";"
			}
		}
		for _, w := range tt.not {
			if hasPrefixIn(got, w) {
				bad += " unwanted " + w + ";"
			}
		}
		switch {
		case bad != "" && carryKnownMisses[tt.name]:
			fails++
			t.Logf("known miss %s:%s\n  got %q", tt.name, bad, got)
		case bad != "":
			fails++
			t.Errorf("%s:%s\n  got %q", tt.name, bad, got)
		case carryKnownMisses[tt.name]:
			t.Logf("known miss %q now passes: take it out of carryKnownMisses", tt.name)
		}
	}
	t.Logf("%d of %d rows fail", fails, len(carryCases))
}

// hasPrefixIn reports whether some line of got starts with p.
func hasPrefixIn(got []string, p string) bool {
	for _, g := range got {
		if strings.HasPrefix(g, p) {
			return true
		}
	}
	return false
}
