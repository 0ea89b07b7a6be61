import type { PrintoutStrings } from './en.ts';

/** The printouts' words in Turkish; the keys are those of ./en.ts. */
export const tr: PrintoutStrings = {
	'letter.title': 'Proloterapi öncesinde bir ilaç hakkında soru',
	'letter.to': 'Bu ilacı yazan hekime',
	'letter.patient': 'Hasta: {blank}',
	'letter.intro': 'Hastanız, {clinic} adlı klinikte proloterapi için randevu aldı. Proloterapi, eklemlere, bağlara veya tendonlara yapılan bir dizi enjeksiyondur.',
	'letter.date': 'Tedavi tarihi',
	'letter.dates': 'Tedavi tarihleri',
	'letter.medicine': 'Hastanın belirttiği ilaç',
	'letter.risk':
		'Kan sulandırıcı veya antiplatelet ilaç kullanan hastalarda ağrı girişimleri kılavuzu (Narouze ve diğerleri, 2018), eklemlere, tendonlara ve kaslara yapılan enjeksiyonları kanama riski düşük girişimler arasında sayar.',
	'letter.ask': 'Bu ilacı hiçbir zaman kendimiz kesmeyiz ya da değiştirmeyiz. Lütfen bir kutuyu işaretleyerek hastanıza ne yapması gerektiğini bildirin.',
	'letter.choices': 'Hastanız bu ilacı nasıl kullanmalı?',
	'letter.continue': 'İlaca her zamanki gibi devam etsin.',
	'letter.stop': 'İlacı kessin: son doz tarihi {blank}, yeniden başlama tarihi {blank}.',
	'letter.other': 'Diğer: {blank}',
	'letter.signed': 'Hekimin adı, imzası ve tarih: {blank}',
	'letter.questions': 'Tedavi hakkında sorularınız için lütfen kliniği arayın: {clinic}, {phone}.',
	'letter.source': 'Kaynak:',
	'letter.forPatient':
		'Hasta için: Kodu okutun veya adresi yazın; tarihleriniz bu ilaç ve tarih doldurulmuş olarak açılır. Ardından hekiminizin onay verdiğini işaretleyin ve hekiminizin yazdığı günleri girin.',
	'letter.qrLabel': 'Aşağıdaki adresin karekodu',
	'letter.print': 'Mektubu yazdırın',
	'letter.close': 'Mektubu kapatın',
	'letter.failed': 'Mektup hazırlanamadı. Lütfen yeniden deneyin. Yine olmazsa bu sayfayı hekiminize gösterin.',

	'insert.title': 'Proloterapiden önce: ilaçlarınız',
	'insert.name': 'Hasta: {name}',
	'insert.date': 'Tedavi tarihiniz: {date}',
	'insert.course': 'İlk seansınız: {date}. Seans sayısı: {sessions}, seanslar arası {weeks}.',
	'insert.medicationStep': 'Kodu telefonunuzun kamerasıyla okutun veya aşağıdaki adresi yazın. İlaç tarihleri sayfamız, tedavi tarihiniz doldurulmuş olarak açılır.',
	'insert.plannerStep': 'Kodu telefonunuzun kamerasıyla okutun veya aşağıdaki adresi yazın. Seans planlayıcımız, tarihleriniz doldurulmuş olarak açılır.',
	'insert.addStep': 'Kullandığınız her ilacı ekleyin. Sayfa, tedaviden önce hangi ilaçları hangi gün bırakmanız gerektiğini gösterir.',
	'insert.groups': 'Lütfen özellikle şu ilaçlara bakın:',
	'insert.questions': 'Sorularınız için telefon: {phone} ({clinic})',
	'insert.qrLabel': 'Aşağıdaki adresin karekodu',
};
