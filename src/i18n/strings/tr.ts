import type { UiStrings } from './en.ts';

/** Every word the site's own interface shows in Turkish; the same keys as `en.ts`. */
export const tr: UiStrings = {
	'site.description': '{clinic} kliniğinde proloterapiye hazırlanmanız için sade dilde rehberler ve planlayıcılar.',
	'site.titleSuffix': '{clinic}',

	'skipLink': 'Ana içeriğe geç',
	'header.home': '{clinic} ana sayfa',
	'header.logoAlt': '{clinic} logosu',

	'nav.label': 'Ana menü',
	'nav.guides': 'Rehberler',
	'nav.planner': 'Seanslarınızı planlayın',
	'nav.medication': 'İlaç tarihleri',
	'nav.search': 'Arama',

	'search.label': 'Bu sitede arayın',
	'search.button': 'Ara',
	'search.title': 'Arama',
	'search.description': 'Proloterapi hastaları için rehberlerde arama yapın.',
	'search.intro': '“Morarma” ya da “ibuprofen” gibi bir kelime yazın. Sonuçlar yalnızca bu siteden gelir.',
	'search.noScript': 'Arama için JavaScript gerekir ve tarayıcınızda kapalı. Tüm sayfaları rehberler listesinden yine de okuyabilirsiniz.',
	'search.devMode': 'Arama yalnızca derlenmiş sitede çalışır. “npm start” komutunu çalıştırıp yazdığı adresi açın.',
	'search.unavailable': 'Arama yüklenemedi. Lütfen yeniden deneyin ya da rehberler listesine göz atın.',
	'search.browseGuides': 'Tüm rehberlere göz atın',

	'language.label': 'Dil',
	'language.switch': 'Bu sayfayı {language} okuyun',

	'footer.disclaimerTitle': 'Bu bilgiler hakkında',
	'footer.disclaimer': 'Bu sayfalar hazırlanmanıza yardımcı olacak genel bilgiler verir. Doktorunuzun ya da kliniğinizin önerilerinin yerini tutmaz. Emin olmadığınız bir şey varsa kliniği arayın.',
	'footer.privacyTitle': 'Gizliliğiniz',
	'footer.privacy': 'Bu site çerez ve izleme kullanmaz. Planlayıcılara yazdığınız hiçbir bilgi cihazınızdan çıkmaz.',
	'footer.contactTitle': 'Klinikle iletişim',
	'footer.phone': 'Telefon',
	'footer.email': 'E-posta',
	'footer.emergency': 'Acil durumda {number} numarasını arayın',

	'home.title': 'Proloterapiye hazırlık',
	'home.intro': '{clinic} kliniğinden rehberler ve planlayıcılar: proloterapiye hazırlanmanız, sonrasında neyin normal olduğunu bilmeniz ve seanslarınızı planlamanız için.',
	'home.guidesTitle': 'Rehberler',
	'home.toolsTitle': 'Önceden planlayın',
	'home.plannerText': 'Seans tarihlerinizi ve her seanstan sonra neler bekleyebileceğinizi hesaplayın.',
	'home.medicationText': 'Kliniğiniz istediyse bir ilaca ara verme ve yeniden başlama tarihlerini bulun.',

	'guides.title': 'Rehberler',
	'guides.description': '{clinic} kliniğinde proloterapi olacak hastalar için, ihtiyaç duyacağınız sırayla rehberler.',
	'guides.intro': 'Bu rehberleri sırayla okuyun ya da ihtiyacınız olana doğrudan gidin.',

	'guide.lastReviewed': 'Sayfanın son gözden geçirilme tarihi: {date}',
	'guide.nextReview': 'Bir sonraki gözden geçirme: {date}',
	'guide.reviewedBy': '{clinic} için gözden geçiren: {name}, {role}',
	'guide.sources': 'Kaynaklar',
	'guide.previous': 'Önceki',
	'guide.next': 'Sonraki',
	'guide.pagination': 'Diğer rehberler',

	'planner.title': 'Seanslarınızı planlayın',
	'planner.description': 'Proloterapi seanslarınızın tarihlerini ve her seanstan sonra neler bekleyebileceğinizi hesaplayın.',
	'planner.placeholder': 'Seans planlayıcı hazırlanıyor. Hazır olana kadar seans tarihlerinizi planlamak için klinikten yardım isteyin.',

	'medication.title': 'İlaç tarihleri',
	'medication.description': 'Kliniğiniz istediyse, proloterapiden önce bir ilaca ara verme ve yeniden başlama tarihlerini bulun.',
	'medication.placeholder': 'İlaç tarihi hesaplayıcı hazırlanıyor. Hazır olana kadar bir ilaca ne zaman ara vereceğinizi öğrenmek için kliniği arayın.',
	'medication.onlyIfTold': 'Bir ilaca yalnızca kliniğiniz ya da doktorunuz söylediyse ara verin.',

	'notFound.title': 'Sayfa bulunamadı',
	'notFound.description': 'Aradığınız sayfa burada değil.',
	'notFound.text': 'Adresi kendiniz yazdıysanız doğru olup olmadığını kontrol edin. Bir bağlantıdan geldiyseniz sayfa taşınmış olabilir.',
	'notFound.home': 'Ana sayfaya gidin',

	'callClinic': 'Kliniği arayın: {phone}',
};
