/**
 * Hand-written name lists, used as model features (not as final answers) where training data is thin: the model
 * learns how far to trust each list, and context still decides ("Jakarta" the city vs "Persija Jakarta" the club).
 * Entries are lower-cased phrases; acronyms that collide with common words are matched case-sensitively.
 */
import { runToEnd, type Steps } from '../scheduling/steps.ts';

/** The list kinds a token can belong to; the names appear in feature strings, so renaming one changes the model. */
export const GAZETTEER_CLASSES = [
  'COUNTRY', 'PROVINCE', 'CITY', 'PLACE', 'ORG', 'ORGHEAD', 'LOCHEAD', 'TITLE', 'HONORIFIC', 'MEDIA', 'GIVENNAME', 'NONENTITY',
] as const;
export type GazetteerClass = (typeof GAZETTEER_CLASSES)[number];

const COUNTRIES = `
indonesia|malaysia|singapura|thailand|filipina|vietnam|myanmar|kamboja|laos|brunei|brunei darussalam|timor leste|
timor-leste|australia|selandia baru|papua nugini|jepang|china|tiongkok|korea selatan|korea utara|korsel|korut|taiwan|
hong kong|mongolia|india|pakistan|bangladesh|sri lanka|nepal|bhutan|maladewa|afganistan|afghanistan|iran|irak|suriah|
lebanon|yordania|israel|palestina|arab saudi|saudi arabia|yaman|oman|qatar|kuwait|bahrain|uni emirat arab|turki|mesir|
libya|tunisia|aljazair|maroko|sudan|sudan selatan|ethiopia|etiopia|somalia|kenya|uganda|tanzania|rwanda|nigeria|ghana|
senegal|mali|niger|chad|kamerun|kongo|angola|zambia|zimbabwe|mozambik|madagaskar|afrika selatan|namibia|botswana|
amerika serikat|amerika|kanada|meksiko|kuba|haiti|jamaika|panama|kosta rika|guatemala|honduras|nikaragua|el salvador|
kolombia|venezuela|ekuador|peru|bolivia|brasil|brazil|argentina|chile|cile|uruguay|paraguay|inggris|britania raya|
irlandia|skotlandia|wales|prancis|perancis|jerman|italia|spanyol|portugal|belanda|belgia|luksemburg|swiss|austria|
denmark|norwegia|swedia|finlandia|islandia|polandia|ceko|slowakia|hongaria|rumania|romania|bulgaria|yunani|siprus|
kroasia|serbia|bosnia|slovenia|montenegro|albania|makedonia|kosovo|ukraina|rusia|belarus|moldova|lituania|latvia|
estonia|georgia|armenia|azerbaijan|kazakhstan|uzbekistan|turkmenistan|kirgistan|tajikistan|vatikan|monako|fiji|
uni soviet|yugoslavia|cekoslowakia|korea|arab|kazakstan`;

/** News aliases of countries, matched case-sensitively because most are also ordinary short words in lower case. */
const COUNTRY_ACRONYMS = ['AS', 'RI', 'USA', 'UK', 'UEA', 'RRC', 'RRT', 'PNG', 'NKRI'];

const PROVINCES = `
aceh|nanggroe aceh darussalam|sumatera utara|sumut|sumatera barat|sumbar|riau|kepulauan riau|kepri|jambi|
sumatera selatan|sumsel|bengkulu|lampung|bangka belitung|babel|dki jakarta|jawa barat|jabar|banten|jawa tengah|jateng|
di yogyakarta|daerah istimewa yogyakarta|diy|jawa timur|jatim|bali|nusa tenggara barat|ntb|nusa tenggara timur|ntt|
kalimantan barat|kalbar|kalimantan tengah|kalteng|kalimantan selatan|kalsel|kalimantan timur|kaltim|kalimantan utara|
kaltara|sulawesi utara|sulut|sulawesi tengah|sulteng|sulawesi selatan|sulsel|sulawesi tenggara|sultra|gorontalo|
sulawesi barat|sulbar|maluku|maluku utara|papua|papua barat|papua tengah|papua selatan|papua pegunungan|
papua barat daya|sumatera|sumatra|jawa|kalimantan|sulawesi|nusa tenggara|irian jaya|madura|lombok|flores|timor|
sumba|bangka|belitung|batam|bintan|nias|halmahera|ambon|ternate|jabodetabek|jabotabek`;

const CITIES = `
jakarta|jakarta pusat|jakarta utara|jakarta barat|jakarta selatan|jakarta timur|bandung|surabaya|medan|semarang|
makassar|palembang|tangerang|tangerang selatan|depok|bekasi|bogor|yogyakarta|jogja|jogjakarta|yogya|solo|surakarta|
malang|denpasar|padang|pekanbaru|banjarmasin|balikpapan|samarinda|pontianak|manado|kupang|mataram|jayapura|
sorong|merauke|palu|kendari|mamuju|ambon|jambi|bengkulu|bandar lampung|serang|cilegon|cirebon|tasikmalaya|sukabumi|
cianjur|garut|karawang|purwakarta|subang|indramayu|kuningan|majalengka|sumedang|tegal|pekalongan|magelang|
salatiga|kudus|jepara|pati|rembang|blora|klaten|boyolali|sragen|wonogiri|karanganyar|sukoharjo|purwokerto|
banyumas|cilacap|kebumen|purworejo|wonosobo|temanggung|kendal|demak|grobogan|sleman|bantul|kulon progo|gunungkidul|
kediri|blitar|madiun|jember|banyuwangi|probolinggo|pasuruan|mojokerto|sidoarjo|gresik|lamongan|tuban|bojonegoro|
ngawi|ponorogo|pacitan|trenggalek|tulungagung|lumajang|situbondo|bondowoso|bangkalan|sampang|pamekasan|sumenep|
batu|tabanan|gianyar|badung|buleleng|karangasem|klungkung|bangli|jembrana|kuta|ubud|bima|sumbawa|ende|maumere|
labuan bajo|tarakan|bontang|palangkaraya|palangka raya|banda aceh|lhokseumawe|sabang|langsa|binjai|pematangsiantar|
tebing tinggi|sibolga|padang sidempuan|bukittinggi|payakumbuh|solok|dumai|tanjung pinang|tanjungpinang|pangkal pinang|
pangkalpinang|lubuklinggau|prabumulih|metro|gorontalo|bitung|tomohon|parepare|palopo|bau-bau|baubau|tual|
ternate|tidore|manokwari|timika|nabire|wamena|biak|puncak jaya|bekasi|cibubur|cikarang|cibinong|puncak|menteng|
kemayoran|tanah abang|senayan|kuningan|cawang|cilandak|kebayoran|pasar minggu|tebet|matraman|pulogadung|cakung|
cengkareng|kalideres|grogol|tambora|koja|tanjung priok|ancol|pluit|kelapa gading|sunter|pademangan|penjaringan|
monas|bundaran hi|thamrin|sudirman|kuala lumpur|singapura|bangkok|manila|hanoi|ho chi minh|phnom penh|yangon|
naypyidaw|vientiane|dili|canberra|sydney|melbourne|perth|brisbane|darwin|wellington|auckland|tokyo|osaka|kyoto|
hiroshima|seoul|pyongyang|beijing|peking|shanghai|wuhan|guangzhou|shenzhen|taipei|new delhi|delhi|mumbai|kolkata|
islamabad|karachi|lahore|dhaka|kabul|teheran|tehran|baghdad|bagdad|damaskus|beirut|amman|yerusalem|jerusalem|
tel aviv|gaza|tepi barat|riyadh|jeddah|mekkah|mekah|makkah|madinah|doha|dubai|abu dhabi|ankara|istanbul|kairo|
kabul|moskwa|moskow|moscow|kiev|kyiv|kharkiv|mariupol|bakhmut|odesa|donetsk|luhansk|krimea|minsk|london|paris|
berlin|roma|madrid|barcelona|lisabon|amsterdam|den haag|brussel|jenewa|wina|zurich|stockholm|oslo|kopenhagen|
helsinki|warsawa|praha|budapest|athena|washington|new york|los angeles|chicago|san francisco|boston|miami|
houston|texas|california|florida|hawaii|ottawa|toronto|vancouver|meksiko city|havana|brasilia|rio de janeiro|
sao paulo|buenos aires|santiago|lima|bogota|caracas|johannesburg|cape town|nairobi|lagos|kinshasa|khartoum|tripoli|
tunis|aljir|rabat|casablanca|milan|munich|muenchen|manchester|liverpool|davos|bali|nusa dua|jenewa|brussels|
vatikan|hongkong|macau|makau`;

const PLACES = `
asia|eropa|afrika|amerika latin|amerika utara|amerika selatan|timur tengah|asia tenggara|asia timur|asia selatan|
asia pasifik|oseania|antartika|arktik|pasifik|atlantik|samudra hindia|laut china selatan|laut cina selatan|
selat malaka|selat sunda|laut jawa|natuna|barat|eurasia|balkan|skandinavia|kaukasus|semenanjung korea|
mediterania|teluk persia|sungai ciliwung|ciliwung|bengawan solo|merapi|gunung merapi|sinabung|kelud|semeru|bromo|
rinjani|krakatau|anak krakatau|tangkuban perahu|jayawijaya|puncak jaya|danau toba|toba|bunaken|raja ampat|komodo|
borobudur|prambanan|mandalika|silicon valley|wall street|gedung putih|kremlin|istana merdeka|istana negara|
istana bogor|gedung sate|senayan`;

const ORGS = `
pbb|perserikatan bangsa-bangsa|nato|asean|apec|g20|g7|g-20|uni eropa|ue|who|imf|bank dunia|wto|opec|unesco|unicef|
unhcr|interpol|fifa|ioc|oki|liga arab|uni afrika|dpr|dpr ri|dprd|dpd|mpr|kpk|kpu|bawaslu|mk|ma|mahkamah konstitusi|
mahkamah agung|polri|tni|tni ad|tni al|tni au|bin|bnn|bnpt|bnpb|bpk|bpkp|bpom|bps|bmkg|basarnas|ojk|bi|bank indonesia|
bumn|pertamina|pln|telkom|garuda|garuda indonesia|lion air|kai|bri|bni|mandiri|bank mandiri|bca|btn|ppatk|komnas ham|
kpai|ombudsman|kejagung|kejaksaan agung|kejati|kejari|polda|polres|polsek|mabes polri|kemenlu|kemendagri|kemenkeu|
kemenhan|kemenkes|kemendikbud|kemendikbudristek|kemenag|kemensos|kemenhub|kemenkumham|kemnaker|kemenaker|kementan|
kemenperin|kemendag|kemenpar|kemenparekraf|kemenpora|kemen pupr|kementerian pupr|kominfo|kemkominfo|kemenkominfo|
kemenko polhukam|kemenkopolhukam|kemenko perekonomian|kemenpan-rb|kemenpan rb|kemenristek|kemenristekdikti|kkp|klhk|
esdm|kementerian esdm|bappenas|setneg|kemensetneg|setkab|istana|pemprov|pemkot|pemkab|pemda|pemerintah|pdi-p|pdip|pdi perjuangan|
golkar|gerindra|demokrat|partai demokrat|pkb|pks|pan|ppp|nasdem|hanura|perindo|psi|pkpi|pbb|berkarya|garuda|
nu|nahdlatul ulama|pbnu|muhammadiyah|pp muhammadiyah|mui|kadin|apindo|hipmi|pgri|idi|kontras|ylbhi|lbh|icw|walhi|
ui|universitas indonesia|ugm|universitas gadjah mada|itb|ipb|its|unair|undip|unpad|uin|unj|uny|uns|ub|unhas|binus|
persija|persib|persebaya|arema|psm|psis|pssi|pt kai|kai|kfc|google|facebook|meta|twitter|instagram|youtube|tiktok|
microsoft|apple|amazon|samsung|toyota|honda|nasa|fbi|cia|pentagon|kremlin|hamas|hizbullah|taliban|isis|al qaeda|
al-qaeda|reuters|afp|ap|bbc|cnn|guardian|the guardian|new york times|washington post|bloomberg|al jazeera|xinhua|
kyodo|yonhap|antara|tass|sputnik|ria novosti|kompas|kompas.com|kompas tv|kompas gramedia|tribun|tribunnews|detik|
detikcom|tempo|republika|jakarta post|the jakarta post|metro tv|tvri|rri|cnbc|cnn indonesia|liputan6|okezone|
viva|suara|jawa pos|media indonesia|sindonews|kumparan|tirto|katadata|bisnis indonesia|kontan|wall street journal|
financial times|the economist|forbes|time|nikkei|south china morning post|scmp|straits times|the straits times|
bernama|ahram|associated press|reuters|dw|deutsche welle|abc|nbc|cbs|fox news|sky news|politico|axios|
barcelona|real madrid|manchester united|manchester city|chelsea|arsenal|liverpool|juventus|inter milan|ac milan|
bayern munchen|psg|timnas|timnas indonesia`;

/** Media outlets: "Dilansir dari X", "seperti dikutip X" usually name one of these. */
const MEDIA = `
reuters|afp|ap|bbc|cnn|guardian|the guardian|new york times|washington post|bloomberg|al jazeera|xinhua|kyodo|yonhap|
antara|tass|sputnik|ria novosti|kompas|kompas.com|kompas tv|tribunnews|detik|detikcom|tempo|republika|jakarta post|
the jakarta post|cnbc|nikkei|south china morning post|scmp|straits times|the straits times|bernama|associated press|
dw|deutsche welle|abc|nbc|cbs|fox news|sky news|politico|axios|wall street journal|financial times|the economist|
forbes|time|daily mail|the sun|the independent|the telegraph|telegraph|independent|mirror|le monde|der spiegel|
spiegel|asahi|mainichi|global times|people's daily|rt|al arabiya|arab news|khaleej times|gulf news|times of india|
hindustan times|dawn|the hindu|ndtv|abc news|cbs news|nbc news|npr|usa today|los angeles times|la times|
the atlantic|vox|insider|business insider|cnet|the verge|techcrunch|wired|variety|billboard|espn|goal|marca|as`;

const ORG_HEADS = `
partai|universitas|institut|sekolah|kementerian|kemenko|kemen|badan|komisi|dewan|majelis|mahkamah|pengadilan|
kejaksaan|kepolisian|polisi|pemerintah|pemerintahan|bank|pt|cv|perusahaan|persatuan|perhimpunan|ikatan|asosiasi|
himpunan|lembaga|yayasan|organisasi|federasi|liga|serikat|koperasi|rumah sakit|rs|rsud|rsup|dinas|direktorat|
direktorat jenderal|ditjen|sekretariat|kantor|gereja|masjid|pondok pesantren|ponpes|fakultas|akademi|politeknik|
stasiun|klub|tim|grup|group|corporation|company|inc|ltd|tbk|kodam|korem|kodim|polda|polres|polsek|kodiklat|
pemprov|pemkot|pemkab|dprd|satuan|satgas|pasukan|tentara|angkatan|markas|kedutaan|kedubes|konsulat|pusat|balai|
forum|gerakan|front|aliansi|koalisi|komite|panitia|kelompok|sekretariat|otoritas`;

const LOC_HEADS = `
provinsi|kabupaten|kota|kecamatan|kelurahan|desa|dusun|kampung|gunung|pegunungan|pulau|kepulauan|sungai|danau|laut|
selat|teluk|tanjung|pantai|jalan|jl|jl.|jln|gang|lembah|hutan|taman|bandara|bandar udara|pelabuhan|terminal|
stadion|gedung|istana|benua|negara|wilayah|daerah|kawasan|distrik|region|semenanjung|samudra|samudera|kali|bukit|
lapangan|alun-alun|pasar|rt|rw|blok|perumahan|kompleks|komplek|tol|simpang|bundaran|menara|candi|air terjun`;

const TITLES = `
presiden|wakil presiden|wapres|menteri|menlu|mendagri|menkeu|menhan|menkes|mendikbud|menag|mensos|menhub|menkumham|
menaker|mentan|menperin|mendag|menpar|menpora|menkominfo|menko|menkopolhukam|menteri luar negeri|menteri dalam negeri|
menteri keuangan|menteri pertahanan|perdana menteri|pm|raja|ratu|pangeran|putri|sultan|kaisar|paus|gubernur|
wakil gubernur|wagub|bupati|wakil bupati|wabup|wali kota|walikota|wakil wali kota|wawalkot|camat|lurah|kepala desa|
kades|ketua|wakil ketua|ketum|ketua umum|sekjen|sekretaris jenderal|sekretaris|direktur|direktur utama|dirut|
kepala|kapolri|kapolda|kapolres|kapolsek|kasat|kasatreskrim|kabid|kabid humas|kasubbag|panglima|jenderal|
letjen|mayjen|brigjen|kolonel|letkol|mayor|kapten|komjen|irjen|kombes|akbp|kompol|akp|iptu|ipda|aiptu|bripka|
briptu|bripda|duta besar|dubes|juru bicara|jubir|anggota|hakim|jaksa|pengacara|kuasa hukum|advokat|profesor|prof|
prof.|dr|dr.|dokter|ir|ir.|drs|drs.|haji|h.|hj|hj.|kiai|kh|kh.|ustaz|ustad|habib|syekh|pastor|pendeta|uskup|
pelatih|kapten|manajer|penyanyi|aktor|aktris|artis|pengamat|peneliti|ekonom|analis|komisioner|senator|
legislator|politisi|politikus|kandidat|calon|capres|cawapres|cagub|cawagub|pejabat|mantan|eks|almarhum|
almarhumah|sang|tokoh|pendiri|pemilik|ceo|chairman|founder|kanselir|sekretaris negara|mensesneg|jaksa agung|
miliarder|pengusaha|pol|pol.|kapuspen|kadiv humas|kabareskrim|kasad|kasal|kasau|pangdam|danrem|dandim|rektor|dekan|guru besar`;

/** Forms of address right before a name; unlike titles these rarely start an organisation. */
const HONORIFICS = `bapak|ibu|nenek|kakek|pak|bu|mas|mbak|bang|kak|sdr|sdr.|saudara|saudari|tuan|nyonya|nona|mr|mr.|mrs|mrs.|ms|ms.|sir|syeikh|om|tante|si`;

/** Common given names in Indonesian news, local and foreign; a capitalised one is usually the start of a person. */
const GIVEN_NAMES = `
muhammad|mohammad|mohamad|muhamad|moh|ahmad|achmad|abdul|abdullah|ali|agus|budi|joko|djoko|bambang|susilo|slamet|
sri|siti|dewi|ratna|indah|rina|rini|yuni|sari|nur|nurul|dian|eko|dwi|tri|hadi|heru|hendra|hendro|iwan|irwan|
andi|andri|anton|arief|arif|rizal|rudi|rudy|yusuf|yoga|wahyu|teguh|setya|setyo|hari|haris|hasan|hassan|husein|
ibrahim|ismail|imam|umar|usman|utomo|gatot|prabowo|megawati|puan|ganjar|anies|ridwan|basuki|tjahjo|yasonna|
luhut|sandiaga|erick|sri mulyani|retno|mahfud|wiranto|jusuf|boediono|susi|risma|tri rismaharini|khofifah|
ahok|jokowi|gibran|kaesang|bobby|fadli|fahri|zulkifli|surya|aburizal|akbar|amien|hamzah|hidayat|yenny|
ani|ida|ika|lia|maya|mega|nina|putri|ratih|rita|santi|tuti|wati|yanti|yeni|yohanes|yosef|paulus|petrus|
stefanus|fransiskus|antonius|agustinus|benediktus|maria|theresia|kristina|natalia|andreas|michael|thomas|
john|james|david|robert|william|richard|charles|joseph|george|paul|mark|peter|donald|barack|hillary|joe|
kamala|vladimir|sergei|sergey|dmitry|volodymyr|xi|li|wang|zhang|narendra|recep|emmanuel|angela|olaf|boris|
rishi|justin|kim|shinzo|fumio|lee|anwar|mahathir|najib|rodrigo|ferdinand|antony|jens|antonio|pope|elon|
mark|jeff|bill|steve|tim|lionel|cristiano|neymar|kylian|taufik|susy|alan|jonathan|kevin|marcus|greysia|
apriyani|anthony|fajar|rian|hendra|mohammed|mahmoud|bashar|benjamin|naftali|yair|ismail|ebrahim|hassan|
abu|syekh|habib|rizieq|bahar|munarman|novel|firli|listyo|tito|idham|budi gunadi|terawan|nadiem|pratikno`;

/** Capitalised words and phrases that are not names in the guideline: days, months, holidays, laws, slogans. */
const NON_ENTITIES = `
senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|januari|februari|maret|april|mei|juni|juli|agustus|
september|oktober|november|desember|lebaran|idul fitri|idul adha|ramadhan|ramadan|natal|imlek|nyepi|waisak|
tahun baru|hari raya|tanah air|merah putih|undang-undang|uu|ruu|perppu|perpu|perpres|perda|pergub|perwal|
keppres|permen|pp|kuhp|kuhap|pasal|ayat|bab|tuhan|allah|nabi|alquran|al quran|al-quran|injil|alkitab|
wib|wita|wit|rp|usd|persen|pilkada|pilpres|pileg|pemilu|covid-19|covid|corona|apbn|apbd|apbn-p|bbm|pns|asn|
tni-polri|kkn|ham|ppkm|psbb|ktp|sim|npwp|ump|umk|ott|lp|bap|dpo|pdb|ekonomi|bapak|ibu|kami|saya|dia|mereka|
baca juga|internasional|nasional|regional|megapolitan|bisnis|ekonomi|olahraga|teknologi|kesehatan|gaya hidup`;

interface Lexicon {
  /** First lower-cased word of each phrase -> the phrases (as word arrays) and their class, longest first. */
  byFirstWord: Map<string, { words: string[]; cls: GazetteerClass }[]>;
}

/** The lists in the order they are indexed: earlier lists win ties of equal length, so the order encodes which reading is the usual one in news. */
const LISTS: ReadonlyArray<readonly [string, GazetteerClass]> = [
  [COUNTRIES, 'COUNTRY'], [PROVINCES, 'PROVINCE'], [CITIES, 'CITY'], [PLACES, 'PLACE'], [MEDIA, 'MEDIA'], [ORGS, 'ORG'],
  [TITLES, 'TITLE'], [HONORIFICS, 'HONORIFIC'], [GIVEN_NAMES, 'GIVENNAME'], [NON_ENTITIES, 'NONENTITY'],
  [ORG_HEADS, 'ORGHEAD'], [LOC_HEADS, 'LOCHEAD'],
];

let lexicon: Lexicon | null = null;

/**
 * Indexes the lists, one list per step (scheduling/steps.ts): about 1,700 phrases, several milliseconds in code
 * not yet optimised, which the extension spreads over the recogniser's preparation instead of evaluating the module.
 * Done once; later runs have nothing to do.
 */
export function* prepareGazetteerInSteps(): Steps<void> {
  if (lexicon !== null) return;
  const byFirstWord = new Map<string, { words: string[]; cls: GazetteerClass }[]>();
  for (const [list, cls] of LISTS) {
    for (const raw of list.split('|')) {
      const phrase = raw.trim();
      if (phrase === '') continue;
      const words = phrase.split(' ');
      const first = words[0]!;
      let entries = byFirstWord.get(first);
      if (entries === undefined) byFirstWord.set(first, (entries = []));
      if (!entries.some((e) => e.cls === cls && e.words.join(' ') === phrase)) entries.push({ words, cls });
    }
    yield;
  }
  // Most words start one phrase: sorting costs a call each, so only lists of several are sorted.
  for (const entries of byFirstWord.values()) if (entries.length > 1) entries.sort((a, b) => b.words.length - a.words.length);
  lexicon ??= { byFirstWord };
}

function currentLexicon(): Lexicon {
  if (lexicon === null) runToEnd(prepareGazetteerInSteps());
  return lexicon!;
}
const ACRONYMS = new Set(COUNTRY_ACRONYMS);
/**
 * Short words that are list entries only in capitals ("AP" the agency, "ap" no; "MA" the court, "Ma" a name) and
 * common words that are names only when capitalised ("Time", "Suara", "Barat").
 */
const CAPS_ONLY = new Set(['as', 'ap', 'ue', 'ma', 'mk', 'bin', 'pan', 'ui', 'ub', 'its', 'idi', 'rt', 'rw', 'nu', 'ioc', 'pm', 'dw', 'vox', 'abc', 'om', 'si', 'time', 'meta', 'goal', 'suara', 'viva', 'mirror', 'barat', 'batu', 'metro', 'puncak', 'timor', 'istana', 'tim', 'sang', 'kali']);
const LOWER_CASE_CLASSES: ReadonlySet<GazetteerClass> = new Set<GazetteerClass>(['TITLE', 'HONORIFIC', 'ORGHEAD', 'LOCHEAD']);

/** Where a gazetteer phrase matched: the class and whether the token begins the phrase. */
export interface GazetteerMark {
  readonly cls: GazetteerClass;
  readonly begins: boolean;
}

/** One shared mark per class and position: marks are read, never changed, and tagging makes many. */
const MARKS = new Map(GAZETTEER_CLASSES.map((cls) => [cls, [Object.freeze({ cls, begins: false }), Object.freeze({ cls, begins: true })]] as const));
const markOf = (cls: GazetteerClass, begins: boolean): GazetteerMark => MARKS.get(cls)![begins ? 1 : 0]!;

/** A list phrase as lower-cased words, and its class. */
export interface GazetteerPhrase {
  readonly words: readonly string[];
  readonly cls: GazetteerClass;
}
type Entry = GazetteerPhrase;
/** The phrases a word can start as written (case rules applied), longest first; empty for most words. */
const NO_ENTRIES: readonly Entry[] = [];
const ACRONYM_ENTRIES: readonly Entry[] = [{ words: [], cls: 'COUNTRY' }];

/** What a caller that has looked a word up already knows: the list phrases it can start (`phrasesStartingWith`). */
export interface GazetteerLookup {
  readonly phrases: readonly GazetteerPhrase[];
}

/**
 * The phrases each word form can start, cached for callers that look words up one by one (training, evaluation):
 * news repeats its words, and lower-casing and looking up every token of every sentence was most of the cost.
 * Bounded: cleared when full, which changes no result. The recogniser's word records (word-records.ts) keep their
 * own answer and ask `findPhrasesStartingWith`.
 */
const startsCache = new Map<string, readonly Entry[]>();
const STARTS_CACHE_LIMIT = 50_000;

export function phrasesStartingWith(word: string): readonly Entry[] {
  let cached = startsCache.get(word);
  if (cached !== undefined) return cached;
  cached = findPhrasesStartingWith(word);
  if (startsCache.size >= STARTS_CACHE_LIMIT) startsCache.clear();
  startsCache.set(word, cached);
  return cached;
}

/** `phrasesStartingWith` without its cache. */
export function findPhrasesStartingWith(word: string): readonly Entry[] {
  if (ACRONYMS.has(word)) return ACRONYM_ENTRIES;
  const lower = word.toLowerCase();
  const entries = currentLexicon().byFirstWord.get(lower);
  if (entries === undefined || (CAPS_ONLY.has(lower) && !isStrongForm(word, lower))) return NO_ENTRIES;
  // Names need a capital; heads and titles ("menteri luar negeri", "kota") are informative in lower case too.
  const capitalised = isCapitalised(word);
  const usable = entries.filter((entry) => capitalised || LOWER_CASE_CLASSES.has(entry.cls));
  return usable.length === 0 ? NO_ENTRIES : usable;
}

/**
 * Marks each token with the longest list phrase covering it (left to right, longest match first).
 * Case rules keep ordinary words from matching: names need their first word capitalised, and words in CAPS_ONLY
 * need the upper-case (short words) or capitalised form. `lookups[i]`, when given, holds token i's phrases.
 */
export function markGazetteer(words: readonly string[], lookups?: ReadonlyArray<GazetteerLookup>): (GazetteerMark | null)[] {
  const marks: (GazetteerMark | null)[] = new Array<GazetteerMark | null>(words.length).fill(null);
  let i = 0;
  while (i < words.length) {
    const entries = lookups === undefined ? phrasesStartingWith(words[i]!) : lookups[i]!.phrases;
    if (entries === NO_ENTRIES) {
      i++;
      continue;
    }
    if (entries === ACRONYM_ENTRIES) {
      marks[i] = markOf('COUNTRY', true);
      i++;
      continue;
    }
    let matched = 0;
    for (const entry of entries) {
      const n = entry.words.length;
      if (i + n > words.length) continue;
      let ok = true;
      for (let k = 1; k < n && ok; k++) ok = words[i + k]!.toLowerCase() === entry.words[k];
      if (!ok) continue;
      for (let k = 0; k < n; k++) marks[i + k] = markOf(entry.cls, k === 0);
      matched = n;
      break;
    }
    i += matched > 0 ? matched : 1;
  }
  return marks;
}

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase();
}

function isStrongForm(word: string, lower: string): boolean {
  return lower.length <= 3 ? word === word.toUpperCase() : isCapitalised(word);
}
