import type { MedicineGroupInput, MedicineInput } from './types.ts';

/*
 * The default medication rules, written as a clinic would write them in its settings.
 * Every group, its rule, what it includes and the source for each medicine's group are written
 * down in docs/medicine-groups.md; change the two together. Brand names are ones confirmed as
 * sold in the UK or US (`en`) or in Türkiye (`tr`); a medicine without a confirmed brand is
 * listed by its generic name only, never with a guessed brand.
 */

/** The default groups of medicines and their rules. */
export const DEFAULT_GROUPS = [
	{
		id: 'nsaid',
		kind: 'stopBefore',
		name: {
			en: 'Anti-inflammatory painkillers (NSAIDs)',
			tr: 'İltihap giderici ağrı kesiciler (NSAİİ)',
		},
		note: {
			en: 'Your clinic may ask you to stop these painkillers for a few days before treatment. The treatment works through a short, planned inflammation, and these medicines calm inflammation down. Paracetamol is usually fine for pain instead. These dates are for tablets, capsules, injections and suppositories. If you use a gel or cream, ask your clinic about it.',
			tr: 'Kliniğiniz, tedaviden önceki birkaç gün bu ağrı kesicileri almamanızı isteyebilir. Tedavi, kısa süreli ve kontrollü bir iltihabi doku tepkisiyle (inflamasyon) etki eder; bu ilaçlar ise bu tepkiyi bastırır. Ağrı için bunların yerine genellikle parasetamol kullanılabilir. Bu tarihler tablet, kapsül, iğne ve fitiller içindir. Jel ya da krem kullanıyorsanız kliniğinize sorun.',
		},
		needsPrescriberAgreement: false,
	},
	{
		id: 'nsaid-gel',
		kind: 'askClinic',
		name: {
			en: 'Anti-inflammatory gels and creams',
			tr: 'İltihap giderici jeller ve kremler',
		},
		note: {
			en: 'The dates on this page are not for gels or creams you rub on your skin. Ask your clinic whether to stop yours before treatment.',
			tr: 'Bu sayfadaki tarihler cilde sürülen jel ve kremler için değildir. Kullandığınız ürüne tedaviden önce ara verip vermeyeceğinizi kliniğinize sorun.',
		},
	},
	{
		id: 'anticoagulant',
		kind: 'stopBefore',
		name: {
			en: 'Blood thinners (anticoagulants)',
			tr: 'Kan sulandırıcılar (antikoagülanlar)',
		},
		note: {
			en: 'Do not stop a blood thinner on your own. Ask the doctor who prescribes it. Stop it only if they agree, and only on the days they give you.',
			tr: 'Kan sulandırıcı ilacınızı asla kendi kendinize bırakmayın. İlacı size yazan doktora sorun. Yalnızca o onaylarsa, onun söylediği gibi ara verin.',
		},
		needsPrescriberAgreement: true,
	},
	{
		id: 'antiplatelet',
		kind: 'stopBefore',
		name: {
			en: 'Antiplatelet medicines',
			tr: 'Pıhtı önleyici kan sulandırıcılar (antiagreganlar)',
		},
		note: {
			en: 'These medicines stop blood clots, for example after a heart attack, a stroke or a stent. Do not stop one on your own. Ask the doctor who prescribes it.',
			tr: 'Bu ilaçlar, örneğin kalp krizi, inme ya da stent sonrasında pıhtı oluşmasını önler. Asla kendi kendinize bırakmayın. İlacı size yazan doktora sorun.',
		},
		needsPrescriberAgreement: true,
	},
	{
		id: 'heart-aspirin',
		kind: 'keepTaking',
		name: {
			en: 'Aspirin your doctor prescribed for your heart, a stroke or a stent',
			tr: 'Doktorunuzun yazdığı aspirin (kalp, inme ya da stent için)',
		},
		note: {
			en: 'Keep taking this aspirin, whatever the dose, unless the doctor who prescribes it tells you otherwise. Tell your clinic that you take it.',
			tr: 'Dozu ne olursa olsun, size yazan doktor aksini söylemedikçe bu aspirini almaya devam edin. Kullandığınızı kliniğinize söyleyin.',
		},
	},
	{
		id: 'paracetamol',
		kind: 'keepTaking',
		name: {
			en: 'Paracetamol (acetaminophen)',
			tr: 'Parasetamol',
		},
		note: {
			en: 'You can keep taking paracetamol. It is the usual painkiller before and after treatment. Do not take more than the pack says. Do not take another medicine that contains paracetamol at the same time, such as a cold and flu remedy. Ask a pharmacist first if you weigh less than 50 kg, have liver problems or drink more than 14 units of alcohol a week. If you take warfarin, ask the doctor who prescribes it before you take paracetamol regularly, because it can change your INR blood test. If the packet also lists ibuprofen, aspirin (acetylsalicylic acid), naproxen or diclofenac, it counts as an anti-inflammatory painkiller.',
			tr: 'Parasetamol almaya devam edebilirsiniz. Tedaviden önce ve sonra genellikle kullanılan ağrı kesici budur. Kutuda yazandan fazla almayın. Parasetamol içeren başka bir ilacı (örneğin bir grip ilacını) aynı anda almayın. Kilonuz 50 kilogramdan azsa, karaciğer sorununuz varsa ya da düzenli olarak fazla alkol içiyorsanız önce eczacınıza sorun. Varfarin kullanıyorsanız, düzenli parasetamol almadan önce varfarini yazan doktora sorun, çünkü parasetamol INR değerinizi değiştirebilir. Kutuda ibuprofen, aspirin (asetilsalisilik asit), naproksen ya da diklofenak da yazıyorsa, ilaç iltihap giderici ağrı kesici sayılır.',
		},
	},
	{
		id: 'metamizole',
		kind: 'askClinic',
		name: {
			en: 'Metamizole (dipyrone)',
			tr: 'Metamizol (dipiron)',
		},
		note: {
			en: 'Metamizole is a strong painkiller. Clinics differ on whether to stop it before this treatment, so ask your clinic what to do.',
			tr: 'Metamizol güçlü bir ağrı kesicidir. Klinikler, bu tedaviden önce bu ilaca ara verilip verilmeyeceği konusunda farklı davranır. Ne yapacağınızı kliniğinize sorun.',
		},
	},
	{
		id: 'bleeding-supplements',
		kind: 'askClinic',
		name: {
			en: 'Supplements that can affect bleeding',
			tr: 'Kanamayı etkileyebilen besin takviyeleri ve bitkisel ürünler',
		},
		note: {
			en: 'Some supplements can make you bleed or bruise more easily. Tell your clinic that you take it, and ask whether to pause it before treatment.',
			tr: 'Bazı besin takviyeleri ve bitkisel ürünler kanamayı ya da morarmayı kolaylaştırabilir. Kullandığınızı kliniğinize söyleyin ve tedaviden önce ara verip vermeyeceğinizi sorun.',
		},
	},
] satisfies MedicineGroupInput[];

/** The default medicines, each mapped to a group of {@link DEFAULT_GROUPS}. */
export const DEFAULT_MEDICINES = [
	// Anti-inflammatory painkillers (NSAIDs).
	{
		id: 'ibuprofen',
		group: 'nsaid',
		generic: { en: 'ibuprofen', tr: 'ibuprofen' },
		brands: { en: ['Brufen', 'Nurofen', 'Advil', 'Motrin'], tr: ['Brufen', 'Dolven', 'Pedifen', 'Nurofen'] },
	},
	{
		id: 'naproxen',
		group: 'nsaid',
		generic: { en: 'naproxen', tr: 'naproksen' },
		brands: { en: ['Naprosyn', 'Aleve'], tr: ['Apranax', 'Naprosyn', 'Aprol'] },
	},
	{
		id: 'diclofenac',
		group: 'nsaid',
		generic: { en: 'diclofenac', tr: 'diklofenak' },
		brands: { en: ['Voltarol', 'Voltaren', 'Cataflam'], tr: ['Voltaren', 'Dikloron', 'Diclomec', 'Cataflam'] },
	},
	{
		id: 'etodolac',
		group: 'nsaid',
		generic: { en: 'etodolac', tr: 'etodolak' },
		brands: { en: ['Lodine'], tr: ['Etol', 'Lodine'] },
	},
	{
		id: 'meloxicam',
		group: 'nsaid',
		generic: { en: 'meloxicam', tr: 'meloksikam' },
		brands: { en: ['Mobic'], tr: ['Melox', 'Meksun'] },
	},
	{
		id: 'celecoxib',
		group: 'nsaid',
		generic: { en: 'celecoxib', tr: 'selekoksib' },
		brands: { en: ['Celebrex'], tr: ['Celebrex'] },
	},
	{
		id: 'dexketoprofen',
		group: 'nsaid',
		generic: { en: 'dexketoprofen', tr: 'deksketoprofen' },
		brands: { en: ['Keral'], tr: ['Arveles'] },
	},
	{
		id: 'flurbiprofen',
		group: 'nsaid',
		generic: { en: 'flurbiprofen', tr: 'flurbiprofen' },
		brands: { en: ['Strefen'], tr: ['Majezik'] },
	},
	{
		id: 'mefenamic-acid',
		group: 'nsaid',
		generic: { en: 'mefenamic acid', tr: 'mefenamik asit' },
		brands: { en: ['Ponstan'], tr: ['Ponstan'] },
	},
	{
		id: 'etoricoxib',
		group: 'nsaid',
		generic: { en: 'etoricoxib', tr: 'etorikoksib' },
		brands: { en: ['Arcoxia'] },
	},
	{
		id: 'ketoprofen',
		group: 'nsaid',
		generic: { en: 'ketoprofen', tr: 'ketoprofen' },
	},
	{
		id: 'indometacin',
		group: 'nsaid',
		generic: { en: 'indometacin', tr: 'indometazin' },
		otherNames: { en: ['indomethacin'], tr: ['indometasin'] },
	},
	{
		id: 'piroxicam',
		group: 'nsaid',
		generic: { en: 'piroxicam', tr: 'piroksikam' },
	},
	{
		id: 'tenoxicam',
		group: 'nsaid',
		generic: { en: 'tenoxicam', tr: 'tenoksikam' },
		brands: { tr: ['Oksamen', 'Tilcotil', 'Tenoksan'] },
	},
	{
		id: 'lornoxicam',
		group: 'nsaid',
		generic: { en: 'lornoxicam', tr: 'lornoksikam' },
		brands: { tr: ['Xefo', 'Xefo Rapid'] },
	},
	{
		id: 'nimesulide',
		group: 'nsaid',
		generic: { en: 'nimesulide', tr: 'nimesulid' },
		brands: { tr: ['Nimes'] },
	},
	{
		id: 'aceclofenac',
		group: 'nsaid',
		generic: { en: 'aceclofenac', tr: 'aseklofenak' },
	},
	{
		id: 'nabumetone',
		group: 'nsaid',
		generic: { en: 'nabumetone', tr: 'nabumeton' },
	},
	// Aspirin is sorted by what it is for, not by its dose (docs/medicine-groups.md): each entry
	// names its purpose, and box names that fit both ("aspirin 300") are in both, so the patient chooses.
	{
		id: 'aspirin-for-pain',
		group: 'nsaid',
		generic: { en: 'aspirin you buy for pain, fever or a cold', tr: 'reçetesiz aspirin (ağrı, ateş ya da soğuk algınlığı için)' },
		listedAs: { en: 'aspirin (acetylsalicylic acid)', tr: 'aspirin (asetilsalisilik asit)' },
		otherNames: { en: ['aspirin', 'acetylsalicylic acid', 'aspirin 300', 'aspirin 500'], tr: ['aspirin', 'asetilsalisilik asit', 'aspirin 300', 'aspirin 500'] },
		brands: { en: ['Disprin'], tr: ['Aspirin', 'Aspirin 500'] },
	},
	// Aspirin prescribed for the heart, a stroke or a stent.
	{
		id: 'aspirin-heart',
		group: 'heart-aspirin',
		generic: { en: 'aspirin your doctor prescribed for your heart, a stroke or a stent', tr: 'doktorunuzun yazdığı aspirin (kalp, inme ya da stent için)' },
		listedAs: { en: 'aspirin (acetylsalicylic acid)', tr: 'aspirin (asetilsalisilik asit)' },
		otherNames: {
			// "Aspirin Cardio" is Bayer's heart aspirin in several European countries (confirmed in Poland
			// and Finland, not in the UK or Türkiye): a name on a box bought abroad, so not listed as a brand.
			en: ['aspirin', 'acetylsalicylic acid', 'low-dose aspirin', 'baby aspirin', 'aspirin 75', 'aspirin 81', 'aspirin 100', 'aspirin 150', 'aspirin 300', 'Aspirin Cardio'],
			tr: ['aspirin', 'asetilsalisilik asit', 'düşük doz aspirin', 'bebek aspirini', 'aspirin 75', 'aspirin 100', 'aspirin 150', 'aspirin 300'],
		},
		brands: { tr: ['Coraspin', 'Coraspin 100', 'Coraspin 300', 'Ecopirin', 'Ecopirin 150', 'Ecopirin 300', 'Ecopirin Pro 81'] },
	},
	// Metamizole: its own group, "ask your clinic".
	{
		id: 'metamizole',
		group: 'metamizole',
		generic: { en: 'metamizole', tr: 'metamizol' },
		otherNames: { en: ['dipyrone', 'metamizol'], tr: ['dipiron', 'metamizol sodyum'] },
		brands: { tr: ['Novalgin'] },
	},
	// Blood thinners (anticoagulants).
	{
		id: 'warfarin',
		group: 'anticoagulant',
		generic: { en: 'warfarin', tr: 'varfarin' },
		brands: { en: ['Coumadin', 'Marevan', 'Jantoven'], tr: ['Coumadin'] },
	},
	{
		id: 'apixaban',
		group: 'anticoagulant',
		generic: { en: 'apixaban', tr: 'apiksaban' },
		brands: { en: ['Eliquis'], tr: ['Eliquis'] },
	},
	{
		id: 'rivaroxaban',
		group: 'anticoagulant',
		generic: { en: 'rivaroxaban', tr: 'rivaroksaban' },
		brands: { en: ['Xarelto'], tr: ['Xarelto'] },
	},
	{
		id: 'edoxaban',
		group: 'anticoagulant',
		generic: { en: 'edoxaban', tr: 'edoksaban' },
		brands: { en: ['Lixiana', 'Savaysa'], tr: ['Lixiana'] },
	},
	{
		id: 'dabigatran',
		group: 'anticoagulant',
		generic: { en: 'dabigatran', tr: 'dabigatran' },
		brands: { en: ['Pradaxa'], tr: ['Pradaxa'] },
	},
	{
		id: 'enoxaparin',
		group: 'anticoagulant',
		generic: { en: 'enoxaparin', tr: 'enoksaparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { en: ['Clexane', 'Lovenox'], tr: ['Clexane'] },
	},
	{
		id: 'tinzaparin',
		group: 'anticoagulant',
		generic: { en: 'tinzaparin', tr: 'tinzaparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { en: ['Innohep'], tr: ['Innohep'] },
	},
	{
		id: 'dalteparin',
		group: 'anticoagulant',
		generic: { en: 'dalteparin', tr: 'dalteparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { en: ['Fragmin'], tr: ['Fragmin'] },
	},
	{
		id: 'heparin',
		group: 'anticoagulant',
		generic: { en: 'heparin', tr: 'heparin' },
	},
	{
		id: 'nadroparin',
		group: 'anticoagulant',
		generic: { en: 'nadroparin', tr: 'nadroparin' },
		otherNames: { en: ['heparin injection'], tr: ['heparin iğnesi'] },
		brands: { tr: ['Fraxiparine', 'Fraxodi'] },
	},
	{
		id: 'fondaparinux',
		group: 'anticoagulant',
		generic: { en: 'fondaparinux', tr: 'fondaparinuks' },
		brands: { en: ['Arixtra'] },
	},
	{
		id: 'acenocoumarol',
		group: 'anticoagulant',
		generic: { en: 'acenocoumarol', tr: 'asenokumarol' },
		brands: { en: ['Sinthrome'] },
	},
	// Antiplatelet medicines.
	{
		id: 'clopidogrel',
		group: 'antiplatelet',
		generic: { en: 'clopidogrel', tr: 'klopidogrel' },
		brands: { en: ['Plavix'], tr: ['Plavix', 'Karum', 'Pingel', 'Planor', 'Clopitro', 'Diporel', 'Atervix', 'Cloperol', 'Diloxol'] },
	},
	{
		id: 'prasugrel',
		group: 'antiplatelet',
		generic: { en: 'prasugrel', tr: 'prasugrel' },
		brands: { en: ['Efient', 'Effient'], tr: ['Efient'] },
	},
	{
		id: 'ticagrelor',
		group: 'antiplatelet',
		generic: { en: 'ticagrelor', tr: 'tikagrelor' },
		brands: { en: ['Brilique', 'Brilinta'], tr: ['Brilinta'] },
	},
	{
		id: 'cilostazol',
		group: 'antiplatelet',
		generic: { en: 'cilostazol', tr: 'silostazol' },
		brands: { en: ['Pletal'] },
	},
	{
		id: 'dipyridamole',
		group: 'antiplatelet',
		generic: { en: 'dipyridamole', tr: 'dipiridamol' },
		brands: { en: ['Persantin Retard'] },
	},
	{
		id: 'ticlopidine',
		group: 'antiplatelet',
		generic: { en: 'ticlopidine', tr: 'tiklopidin' },
		brands: { tr: ['Ticlid'] },
	},
	{
		id: 'clopidogrel-aspirin',
		group: 'antiplatelet',
		generic: { en: 'clopidogrel with aspirin (one tablet)', tr: 'klopidogrel ve aspirin (tek tablette)' },
		otherNames: { en: ['clopidogrel and aspirin', 'clopidogrel acetylsalicylic acid'], tr: ['klopidogrel asetilsalisilik asit'] },
	},
	// Combination products: each follows its strictest ingredient (./strictest-ingredient.ts), so
	// they list ingredients, never a group. Ingredients without a rule here (caffeine, codeine,
	// misoprostol, thiocolchicoside) are named in the generic name only.
	{
		id: 'aspirin-paracetamol-caffeine',
		ingredients: ['aspirin-for-pain', 'paracetamol'],
		generic: { en: 'aspirin, paracetamol and caffeine', tr: 'aspirin, parasetamol ve kafein' },
		brands: { en: ['Anadin Extra', 'Excedrin'] },
	},
	{
		id: 'ibuprofen-paracetamol',
		ingredients: ['ibuprofen', 'paracetamol'],
		generic: { en: 'ibuprofen and paracetamol', tr: 'ibuprofen ve parasetamol' },
		brands: { en: ['Nuromol', 'Advil Dual Action'] },
	},
	{
		id: 'ibuprofen-codeine',
		ingredients: ['ibuprofen'],
		generic: { en: 'ibuprofen and codeine', tr: 'ibuprofen ve kodein' },
		brands: { en: ['Nurofen Plus'] },
	},
	{
		id: 'naproxen-codeine',
		ingredients: ['naproxen'],
		generic: { en: 'naproxen and codeine', tr: 'naproksen ve kodein' },
		brands: { tr: ['Apranax Plus', 'Apranax Semiplus'] },
	},
	{
		id: 'dexketoprofen-thiocolchicoside',
		ingredients: ['dexketoprofen'],
		generic: { en: 'dexketoprofen and thiocolchicoside', tr: 'deksketoprofen ve tiyokolşikosid' },
		brands: { tr: ['Leodex Plus', 'Dexplus', 'Deksit'] },
	},
	{
		id: 'diclofenac-misoprostol',
		ingredients: ['diclofenac'],
		generic: { en: 'diclofenac and misoprostol', tr: 'diklofenak ve misoprostol' },
		brands: { en: ['Arthrotec'], tr: ['Arthrotec'] },
	},
	{
		id: 'aspirin-dipyridamole',
		ingredients: ['aspirin-heart', 'dipyridamole'],
		generic: { en: 'aspirin and dipyridamole', tr: 'aspirin ve dipiridamol' },
		brands: { en: ['Asasantin Retard'] },
	},
	// Anti-inflammatory gels and creams: not covered by the dates, so "ask your clinic".
	{
		id: 'diclofenac-gel',
		group: 'nsaid-gel',
		generic: { en: 'diclofenac gel', tr: 'diklofenak jel' },
		brands: { en: ['Voltarol Emulgel', 'Voltaren Emulgel'] },
	},
	{
		id: 'dexketoprofen-gel',
		group: 'nsaid-gel',
		generic: { en: 'dexketoprofen gel', tr: 'deksketoprofen jel' },
		brands: { tr: ['Leodex Jel'] },
	},
	// Paracetamol.
	{
		id: 'paracetamol',
		group: 'paracetamol',
		generic: { en: 'paracetamol', tr: 'parasetamol' },
		otherNames: { en: ['acetaminophen'], tr: ['asetaminofen'] },
		brands: { en: ['Panadol', 'Tylenol', 'Calpol'], tr: ['Parol', 'Minoset', 'Tylol', 'Calpol', 'Panadol'] },
	},
	// Supplements that can affect bleeding (content brief, section B).
	{
		id: 'fish-oil',
		group: 'bleeding-supplements',
		generic: { en: 'fish oil (omega-3)', tr: 'balık yağı (omega-3)' },
		otherNames: { en: ['omega-3', 'cod liver oil'], tr: ['omega 3', 'balık yağı kapsülü'] },
	},
	{
		id: 'ginkgo',
		group: 'bleeding-supplements',
		generic: { en: 'ginkgo', tr: 'ginkgo' },
		otherNames: { en: ['ginkgo biloba'], tr: ['ginkgo biloba'] },
	},
	{
		id: 'vitamin-e',
		group: 'bleeding-supplements',
		generic: { en: 'vitamin E', tr: 'E vitamini' },
	},
	{
		id: 'garlic',
		group: 'bleeding-supplements',
		generic: { en: 'garlic tablets or capsules', tr: 'sarımsak tableti ya da kapsülü' },
		otherNames: { en: ['garlic'], tr: ['sarımsak'] },
	},
	{
		id: 'turmeric',
		group: 'bleeding-supplements',
		generic: { en: 'turmeric (curcumin)', tr: 'zerdeçal (kurkumin)' },
		otherNames: { en: ['curcumin', 'turmeric'], tr: ['kurkumin', 'zerdeçal'] },
	},
] satisfies MedicineInput[];
