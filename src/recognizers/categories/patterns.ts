/**
 * Kinds of personal data (data only; rules.ts compiles them).
 *
 * Phrases are lower-case and matched case-insensitively. "(s)" or "(es)"
 * gives both the singular and the plural ("phone number(s)", "date(s) of birth").
 *
 * `sensitive` follows the list in PIPL Article 28 (sensitive personal
 * information): biometrics, religious beliefs, specific identities, medical
 * health, financial accounts, whereabouts, and data about minors under 14.
 * Decisions for the categories of SCHEMA.md:
 * - sensitive: biometric, medical, bank-account, payment-card, financial and
 *   credit-record (financial accounts), location-trace (whereabouts),
 *   minor-data, and id-number: ID card and passport numbers are the "specific
 *   identity" data of Art. 28 in the national standard GB/T 35273-2020
 *   (Annex B) and in court practice.
 * - not sensitive: the rest, including credential, transaction-record,
 *   travel-record and accommodation-record, which GB/T 35273 lists as sensitive
 *   but Article 28 does not name. A phrase can still say so itself:
 *   SENSITIVE_PHRASES ("sensitive personal information", "religious beliefs").
 */
import type { DataCategoryName } from '../../schema.js';

export const SENSITIVE_CATEGORIES: readonly DataCategoryName[] = [
  'biometric',
  'medical',
  'bank-account',
  'payment-card',
  'financial',
  'credit-record',
  'location-trace',
  'minor-data',
  'id-number',
];

/**
 * Words before a data phrase that keep its kind and belong to the evidence:
 * whose data it is, or how complete ("customer names", "users' full names",
 * "patients' home addresses"). At most two are taken.
 */
export const PREMODIFIERS: readonly string[] = [
  'customer', 'customers', "customer's", "customers'", 'user', 'users', "user's", "users'", 'client', 'clients',
  "client's", "clients'", 'patient', 'patients', "patient's", "patients'", 'employee', 'employees', "employee's", "employees'", 'staff', 'member', 'members',
  "member's", "members'", 'subscriber', 'subscribers', "subscribers'", 'student', 'students', "student's",
  "students'", 'guest', 'guests', "guest's", "guests'", 'passenger', 'passengers', "passengers'", 'cardholder',
  'cardholders', "cardholders'", 'consumer', 'consumers', "consumers'", 'citizen', 'citizens', "citizens'",
  'voter', 'voters', "voters'", 'victim', 'victims', "victims'", 'applicant', 'applicants', "applicants'",
  'owner', "owners'", 'buyer', "buyers'", 'people', "people's", 'individuals', "individuals'", 'account holder',
  'account holders', 'personal', 'private', 'full', 'real', 'valid', 'current', 'former', 'unencrypted',
  'plaintext', 'plain-text', 'encrypted', 'hashed', 'stolen', 'leaked', 'exposed', 'compromised', 'hacked',
  'breached', 'affected', 'partial', 'complete', 'detailed', 'individual', 'registered', 'verified',
];

/**
 * Determiners before a weak phrase that make it data ("their names"). Not
 * "your": "change your password" is advice, not a record of what was taken.
 */
export const POSSESSIVES: readonly string[] = ['their', 'his', 'her', 'its', 'whose'];

/**
 * Specific phrases per category. Phrases in WEAK_PHRASES count only in a list
 * of data or after a possessive or premodifier ("names, addresses and phone
 * numbers"; "their names"), never alone ("names" of domains, the verb
 * "addresses").
 */
export const CATEGORY_PHRASES: Readonly<Partial<Record<DataCategoryName, readonly string[]>>> = {
  name: [
    'name(s)', 'full name(s)', 'first name(s)', 'last name(s)', 'surname(s)', 'real name(s)', 'given name(s)',
    'family name(s)', 'maiden name(s)', 'legal name(s)', 'first and last name(s)', 'names and surnames',
    'cardholder name(s)', 'last initial(s)', 'middle name(s)',
  ],
  address: [
    'address(es)', 'home address(es)', 'postal address(es)', 'mailing address(es)', 'street address(es)',
    'physical address(es)', 'residential address(es)', 'billing address(es)', 'shipping address(es)',
    'delivery address(es)', 'residence address(es)', 'home and business addresses', 'full address(es)',
    'postcode(s)', 'zip code(s)', 'post code(s)', 'property address(es)', 'work address(es)', 'office address(es)',
    'business address(es)',
  ],
  phone: [
    'phone number(s)', 'telephone number(s)', 'mobile number(s)', 'mobile phone number(s)', 'cell phone number(s)',
    'cellphone number(s)', 'cell number(s)', 'contact number(s)', 'home phone number(s)', 'phone and fax numbers',
    'landline number(s)', 'mobile telephone number(s)', 'telephone and mobile numbers', 'phone no.', 'phone nos.',
  ],
  email: [
    'email address(es)', 'e-mail address(es)', 'email', 'e-mail', 'mail address(es)', 'email list(s)',
    'e-mail list(s)', 'mailing list(s)', 'email id(s)', 'email and home addresses', 'home and email addresses',
  ],
  'id-number': [
    'id card number(s)', 'identity card number(s)', 'id number(s)', 'identification number(s)',
    'national id number(s)', 'national identity number(s)', 'national identification number(s)',
    'id card(s)', 'identity card(s)', 'identity document(s)', 'identification document(s)',
    'social security number(s)', 'ssn(s)', 'social security no.', 'social insurance number(s)', 'passport number(s)',
    'passport(s)', 'passport detail(s)', 'passport information', 'passport data', 'passport scan(s)',
    'passport copies', "driver's license number(s)", "driver's licence number(s)", "driver's license(s)",
    "driver's licence(s)", 'drivers license(s)', 'driving licence(s)', 'driving license(s)',
    "driver's license information", 'national insurance number(s)', 'tax file number(s)',
    'taxpayer identification number(s)', 'aadhaar number(s)', 'aadhaar data', 'aadhaar id(s)', 'aadhaar detail(s)',
    'resident identity card(s)', 'citizen id(s)', 'government-issued id(s)', 'government issued id card(s)',
    'identity information', 'identity number(s)', 'hong kong identity card number(s)',
  ],
  'bank-account': [
    'bank account(s)', 'bank account number(s)', 'bank account detail(s)', 'bank account information',
    'bank detail(s)', 'banking detail(s)', 'bank card password(s)', 'account number(s)', 'sort code(s)', 'iban(s)',
    'routing number(s)', 'online bank account(s)', 'online banking account(s)', 'bank account data',
    'personal bank details', 'bank information', 'bank login(s)', 'bank login credentials',
  ],
  'payment-card': [
    'credit card(s)', 'credit card number(s)', 'card number(s)', 'debit card(s)', 'debit card number(s)',
    'payment card(s)', 'payment card number(s)', 'bank card(s)', 'bank card number(s)', 'bankcard(s)',
    'bank card information', 'bankcard data', 'card data', 'card detail(s)', 'card information', 'cvv(s)',
    'cvv code(s)', 'cvv number(s)', 'cvv2', 'cvv2 number(s)', 'cvv2 code(s)', 'card verification value(s)',
    'card verification code(s)', 'security code(s)', 'expiration date(s)', 'expiry date(s)', 'pin(s)', 'pin code(s)',
    'pin number(s)', 'magnetic stripe data', 'mag stripe data', 'track data', 'track 2 data', 'credit card data',
    'credit card detail(s)', 'credit card information', 'credit card record(s)', 'payment card data',
    'payment card information', 'payment card detail(s)', 'debit card information', 'debit card detail(s)',
    'payment information', 'payment detail(s)', 'payment data', 'card credentials', 'cardholder data',
    'cardholder information', 'customer card details', 'card numbers and expiration dates', 'credit numbers',
  ],
  'transaction-record': [
    'transaction record(s)', 'transaction serial number(s)', 'transaction history', 'transaction histories',
    'transaction data', 'transaction information', 'transaction detail(s)', 'purchase history', 'purchase histories',
    'purchase record(s)', 'purchase data', 'purchase information', 'order history', 'order information',
    'order record(s)', 'order detail(s)', 'order data', 'shopping record(s)', 'shopping history',
    'consumption record(s)', 'billing record(s)', 'billing information', 'billing detail(s)', 'invoice data',
    'payment history', 'payment record(s)', 'online shopping record(s)', 'e-commerce order(s)',
    'order histories', 'purchase and order histories', 'order and payment records',
  ],
  'tax-record': [
    'tax record(s)', 'tax return(s)', 'tax information', 'tax data', 'tax form(s)', 'w-2(s)', 'w-2 form(s)',
    'w2(s)', 'w2 form(s)', 'w-2 data', 'w-2 tax form(s)', 'w-2 information', 'irs form w-2 data', 'tax filing(s)',
    '1099 form(s)', 'tax withholding amounts', 'w-2 tax data', 'tax document(s)', 'tax detail(s)',
  ],
  'travel-record': [
    'flight record(s)', 'flight information', 'flight detail(s)', 'flight data', 'travel itinerary',
    'travel itineraries', 'itinerary', 'itineraries', 'travel history', 'travel record(s)', 'travel information',
    'travel detail(s)', 'travel data', 'historical travel information', 'booking record(s)', 'booking information',
    'booking detail(s)', 'reservation information', 'reservation detail(s)', 'reservation record(s)',
    'reservation data', 'passenger name record(s)', 'passenger record(s)', 'passenger information', 'passenger data',
    'passenger detail(s)', 'boarding pass(es)', 'frequent flyer number(s)', 'frequent flier number(s)',
    'frequent flyer account(s)', 'train ticket record(s)', 'ticketing information', 'ticket information',
  ],
  'exam-registration': [
    'exam registration detail(s)', 'exam registration information', 'exam registration data',
    'exam registration record(s)', 'examination registration information', 'examination registration detail(s)',
    'examinee information', 'examinee data', 'candidate information', 'exam application information',
    'examination application information', 'exam result(s)', 'examination result(s)', 'test score(s)', 'exam score(s)',
    'registration information of examinees', 'exam registration(s)',
  ],
  credential: [
    'password(s)', 'passcode(s)', 'login credential(s)', 'log-in credential(s)', 'credential(s)', 'login(s)',
    'log-in(s)', 'login detail(s)', 'login information', 'login info', 'login data', 'log-in data',
    'log-in detail(s)', 'usernames and passwords', 'user names and passwords', 'username(s)', 'user name(s)',
    'user id(s)', 'userid(s)', 'account credential(s)', 'account password(s)', 'password hash(es)',
    'hashed password(s)', 'password data', 'password information', 'password combination(s)',
    'security question(s)', 'security answer(s)', 'security questions and answers', 'authentication token(s)',
    'session token(s)', 'session cookie(s)', 'access token(s)', 'api key(s)', 'private key(s)', 'encryption key(s)',
    'one-time password(s)', 'otp(s)', 'verification code(s)', 'authentication code(s)', 'account(s)', 'user account(s)',
    'email account(s)', 'e-mail account(s)', 'email account password(s)', 'webmail credentials', 'online account(s)',
    'customer account(s)', 'account information', 'account detail(s)', 'account data', 'apple id(s)',
    'icloud account(s)', 'gmail account(s)', 'yahoo account(s)', 'email credentials', 'site credentials',
    'keychain information', 'user keychain information', 'credential information', 'account login(s)',
    'computer account(s)', 'administrator account(s)', 'admin account(s)', 'administrative account(s)',
    'cloud account(s)', 'password(s) and username(s)', 'salts', 'password salts',
  ],
  medical: [
    'medical record(s)', 'health record(s)', 'patient record(s)', 'patient data', 'patient information',
    'patient detail(s)', 'patient file(s)', 'medical information', 'medical data', 'medical detail(s)',
    'medical history', 'medical histories', 'medical file(s)', 'health information', 'health data',
    'health detail(s)', 'healthcare information', 'healthcare data', 'protected health information', 'phi',
    'personal health information', 'personal medical information', 'electronic health record(s)',
    'electronic medical record(s)', 'ehr(s)', 'emr(s)', 'diagnosis', 'diagnoses', 'prescription(s)',
    'prescription information', 'prescription record(s)', 'lab result(s)', 'laboratory result(s)', 'test result(s)',
    'treatment information', 'treatment record(s)', 'treatment detail(s)', 'clinical record(s)', 'clinical data',
    'clinical information', 'mental health record(s)', 'medical condition(s)', 'health condition(s)',
    'hiv status', 'blood type(s)', 'x-ray(s)', 'medical image(s)', 'medical imaging', 'radiology images',
    'health insurance information', 'health insurance detail(s)', 'medicare number(s)', 'medical claims',
    'insurance claim information', 'personal or protected health information', 'private patient information',
    'radiation dose(s)', 'health status', 'disease information', 'covid-19 test results', 'vaccination record(s)',
    // "the medical and personal records", "vaccination and outpatient histories"
    'medical and personal record(s)', 'personal and medical record(s)', 'medical and personal information',
    'personal and medical information', 'medical and personal data', 'personal and medical data',
    'health and personal data', 'vaccination history', 'vaccination histories', 'immunization record(s)',
    'immunisation record(s)', 'vaccination information', 'outpatient record(s)', 'outpatient history',
    'outpatient histories', 'inpatient record(s)', 'hospital record(s)', 'hospitalization record(s)',
    'vaccination and outpatient histories', 'outpatient and inpatient records', 'birth record(s)',
    'maternity record(s)', 'pregnancy record(s)', 'prenatal record(s)', 'antenatal record(s)',
    'disability', 'disabilities', 'disability status', 'disability information',
    // readings of wearables and fitness apps
    'heart rate', 'heart rates', 'heart-rate data', 'resting heart rate', 'heart rate reading(s)', 'heart rate data',
    'blood pressure reading(s)', 'blood pressure', 'blood glucose reading(s)', 'blood sugar reading(s)',
    'sleep data', 'sleep record(s)', 'biometric health data', 'fitness data', 'health metrics',
  ],
  'location-trace': [
    'location data', 'location history', 'location histories', 'location information', 'location record(s)',
    'location detail(s)', 'gps data', 'gps coordinates', 'gps location(s)', 'geolocation data',
    'geolocation information', 'geo-location data', 'whereabouts', 'movement track(s)', 'movement data',
    'precise location(s)', 'real-time location(s)', 'real-time location data', 'location trace(s)',
    'location tracking data', 'travel trajectory', 'travel trajectories', 'trajectory data', 'movement trajectory',
    'movement trajectories', 'activity trajectory', 'activity trajectories', 'whereabouts information',
    'location trail(s)', 'cell tower data', 'cell-site location information', 'check-in location(s)',
    'phone location(s)', 'real-time phone location(s)', 'mobile phone location(s)', 'cellphone location(s)',
    'handset location(s)', 'base-station location(s)', 'base station location(s)', 'base-station location data',
    'base station location data', 'base-station data', 'base station data', 'cell tower location(s)',
    'real-time whereabouts', 'live location(s)', 'positioning data', 'positioning information',
    'gps trace(s)', 'gps track(s)', 'gps route(s)', 'gps log(s)', 'gps history', 'running route(s)',
    'cycling route(s)', 'workout route(s)', 'route data', 'travel route(s)', 'trip history',
    'trip histories', 'ride history', 'ride histories',
  ],
  vehicle: [
    'vehicle registration', 'vehicle registrations', 'vehicle registration number(s)', 'vehicle registration data',
    'vehicle registration information', 'vehicle registration record(s)', 'license plate number(s)',
    'licence plate number(s)', 'license plate(s)', 'licence plate(s)', 'number plate(s)', 'car registration(s)',
    'car registration number(s)', 'vehicle information', 'vehicle data', 'vehicle record(s)', 'vin(s)',
    'vehicle identification number(s)', 'car ownership record(s)', 'vehicle ownership record(s)',
    'vehicle owner information', 'car owner information', 'vehicle owners information', 'vehicle detail(s)',
  ],
  property: [
    'property record(s)', 'property information', 'property detail(s)', 'property data',
    'property ownership record(s)', 'real estate record(s)', 'real estate information', 'home ownership record(s)',
    'land record(s)', 'housing information', 'house ownership information', 'property registration information',
    'real estate registration information', 'asset information', 'asset record(s)', 'property owner information',
  ],
  'social-account': [
    'social media account(s)', 'social network account(s)', 'social networking account(s)', 'social account(s)',
    'social media profile(s)', 'social media handle(s)', 'social media credentials', 'social media password(s)',
    'wechat account(s)', 'wechat id(s)', 'qq account(s)', 'qq number(s)', 'weibo account(s)', 'facebook account(s)',
    'facebook profile(s)', 'facebook id(s)', 'twitter account(s)', 'twitter handle(s)', 'instagram account(s)',
    'linkedin profile(s)', 'linkedin account(s)', 'snapchat account(s)', 'tiktok account(s)',
    'telegram account(s)', 'whatsapp account(s)', 'private social accounts', 'screen name(s)', 'friend list(s)',
    "friends list(s)", 'wechat and qq accounts', 'qq and wechat accounts', 'wechat or qq accounts',
    'social media data', 'social media information', 'facebook data', 'profile information', 'user profile(s)',
    'profile data', 'profile(s)',
  ],
  biometric: [
    'biometric data', 'biometric information', 'biometric identifier(s)', 'biometric template(s)',
    'identity selfie(s)', 'verification selfie(s)', 'ID selfie(s)', 'face photo(s)',
    'biometric record(s)', 'biometric detail(s)', 'biometrics', 'fingerprint(s)', 'fingerprint data',
    'fingerprint record(s)', 'fingerprint image(s)', 'facial image(s)', 'face image(s)', 'facial photo(s)',
    'facial recognition data', 'facial data', 'face data', 'face scan(s)', 'facial scan(s)', 'facial feature(s)',
    'iris scan(s)', 'iris data', 'retina scan(s)', 'voiceprint(s)', 'voice print(s)', 'dna data', 'dna profile(s)',
    'dna sample(s)', 'genetic data', 'genetic information', 'palm print(s)', 'face recognition data',
  ],
  financial: [
    'financial information', 'financial data', 'financial detail(s)', 'financial record(s)', 'financial account(s)',
    // benefits and debts of the people in a file
    'housing benefit(s)', 'benefit detail(s)', 'benefit payment(s)', 'benefit claim(s)', 'welfare payment(s)',
    'welfare benefit(s)', 'social security benefit(s)', 'rent arrears', 'debt(s) owed', 'debt detail(s)',
    'debt record(s)',
    'financial account information', 'banking information', 'banking data', 'banking record(s)',
    'salary information', 'salary detail(s)', 'salary data', 'salary record(s)', 'income information',
    'income data', 'income detail(s)', 'payroll data', 'payroll record(s)', 'payroll information',
    'deposit information', 'deposit record(s)', 'account balance(s)', 'bank balance(s)', 'investment record(s)',
    'investment information', 'financial statement(s)', 'insurance information', 'insurance detail(s)',
    'insurance policy information', 'insurance record(s)', 'personal and financial information',
    'personal and financial data', 'personal or financial information', 'private financial data',
    'private personal and financial information', 'sensitive personal and financial data', 'banking credentials',
    'online banking credentials', 'financial or credit information', 'compensation information', 'wage information',
    'deposit balance(s)', 'savings balance(s)', 'balance information', 'deposit detail(s)', 'asset balance(s)',
    'securities account(s)', 'stock account(s)', 'brokerage account(s)', 'cryptocurrency wallet(s)',
    'bitcoin wallet(s)', 'wallet(s)', 'loan application(s)',
  ],
  'credit-record': [
    'credit report(s)', 'credit record(s)', 'credit history', 'credit histories', 'credit score(s)',
    'credit information', 'credit data', 'credit file(s)', 'credit rating(s)', 'loan record(s)', 'loan information',
    'loan history', 'loan detail(s)', 'credit reference data', 'credit reporting data', 'credit reference record(s)',
    'credit investigation record(s)', 'credit investigation report(s)', 'credit check(s)', 'debt information',
  ],
  'accommodation-record': [
    'hotel check-in record(s)', 'hotel check-in information', 'hotel check-in data', 'check-in record(s)',
    'check-in information', 'check-in data', 'hotel record(s)', 'hotel booking record(s)', 'hotel booking(s)',
    'hotel booking information', 'hotel reservation(s)', 'hotel reservation information', 'hotel stay record(s)',
    'lodging record(s)', 'lodging information', 'accommodation record(s)', 'accommodation information',
    'accommodation data', 'room booking(s)', 'guest record(s)', 'guest registration record(s)',
    'hotel guest information', 'hotel guest data', 'stay record(s)', 'hotel stay information',
    'hotel stay(s)', 'hotel check-in(s)', 'check-in entries', 'check-in entry', 'guest check-in record(s)',
    'hotel guest record(s)', 'hotel registration record(s)', 'lodging history', 'accommodation history',
    'hotel accommodation record(s)', 'hotel occupancy record(s)', 'hotel room booking(s)',
  ],
  'communication-record': [
    'call log(s)', 'call record(s)', 'call history', 'call histories', 'call detail record(s)', 'cdr(s)',
    'phone record(s)', 'telephone record(s)', 'phone call record(s)', 'sms record(s)', 'text message record(s)',
    'contact list(s)', 'contacts list(s)', 'address book(s)', 'phone book(s)', 'phonebook(s)', 'contact(s)',
    'call data', 'call information', 'communication record(s)', 'communications record(s)', 'communication data',
    'communications data', 'telecom record(s)', 'phone bill(s)', 'call metadata', 'phone metadata',
    'sms contacts', 'user contacts', 'email contacts', 'gmail address book',
  ],
  'communication-content': [
    'text message(s)', 'sms message(s)', 'sms', 'sms text(s)', 'private message(s)', 'direct message(s)',
    'chat log(s)', 'chat history', 'chat histories', 'chat record(s)', 'chat message(s)', 'chat transcript(s)',
    'chat room data', 'conversation(s)', 'private conversation(s)', 'email(s)', 'e-mail(s)', 'email content(s)',
    'e-mail content(s)', 'email correspondence', 'email communication(s)', 'email message(s)',
    'internal email communications', 'internal emails', 'correspondence', 'voice message(s)', 'voicemail(s)',
    'voice mail(s)', 'voice recording(s)', 'call recording(s)', 'instant message(s)', 'whatsapp message(s)',
    'wechat message(s)', 'wechat chat(s)', 'qq message(s)', 'qq chat record(s)', 'message(s)', 'message history',
    'message content(s)', 'mail(s)', 'email backups', 'mailbox(es)', 'inbox(es)', 'messenger communications',
    'private voice messages', 'sensitive work-related chats', 'chat(s)', 'communication content(s)',
    'communications content(s)', 'personal and group conversations',
  ],
  'courier-waybill': [
    'express waybill(s)', 'waybill(s)', 'waybill information', 'waybill data', 'waybill number(s)',
    'express delivery information', 'delivery information', 'delivery detail(s)', 'delivery record(s)',
    'shipping information', 'shipping detail(s)', 'shipping label(s)', 'courier record(s)', 'courier information',
    'parcel information', 'parcel data', 'parcel detail(s)', 'package information', 'package tracking information',
    'tracking number(s)', 'express delivery slip(s)', 'express delivery form(s)', 'express delivery order(s)',
    'express order(s)', 'logistics information', 'logistics data', 'courier slip(s)', 'express waybill information',
  ],
  'minor-data': [
    "children's data", "children's information", "children's personal information", "children's personal data",
    "children's record(s)", "children's photo(s)", "children's profile(s)", "child's data", "child's information",
    "kids' data", "kids' information", "minors' data", "minors' information", "minors' personal information",
    'data of children', 'information of children', 'data about children', 'information about children',
    'data on children', 'personal information of children', 'personal information of minors', 'data of minors',
    'information of minors', "student's data", 'children data', 'child data', 'data of students under 14',
    'information on children', "infants' data", "babies' data", 'pupil data', "pupils' data",
    "pupils' details", 'pupil details', "pupils' information", "pupils' record(s)", 'pupil record(s)',
    "children's details", "child's details", "kids' details", "minors' details", "minors' record(s)",
    "children's medical record(s)", "children's health record(s)", "infants' records", "babies' records",
    "schoolchildren's data", "schoolchildren's details", "newborns' data", "newborns' records",
  ],
  other: [
    'date(s) of birth', 'birth date(s)', 'birthdate(s)', 'birthday(s)', 'dob', 'dobs', 'age(s)', 'gender(s)',
    'sex', 'nationality', 'nationalities', 'ethnicity', 'ethnicity data', 'marital status', 'occupation(s)',
    'job title(s)', 'employer(s)', 'education record(s)', 'educational record(s)', 'school record(s)',
    'student record(s)', 'academic record(s)', 'transcript(s)', 'grade(s)', 'photo(s)', 'photograph(s)', 'picture(s)',
    'image(s)', 'video(s)', 'selfie(s)', 'private photo(s)', 'personal photo(s)', 'nude photo(s)', 'resume(s)',
    'cv(s)', 'job application(s)', 'imei number(s)', 'imei(s)', 'device identifier(s)', 'device id(s)',
    'mac address(es)', 'browsing history', 'browsing histories', 'search history',
    'browser data', 'browser history', 'cookie(s)', 'keystroke(s)', 'keystroke information', 'screenshot(s)',
    'criminal record(s)', 'religion', 'religious belief(s)', 'religious affiliation(s)', 'sexual orientation',
    'political affiliation(s)', 'political view(s)', 'voter record(s)', 'voter roll(s)', 'voter registration data',
    'voter data', 'voter information', 'height', 'weight', 'hair and eye color', 'eye color',
    'employment history', 'employment record(s)', 'employment information', 'work history', 'personnel file(s)',
    'personnel record(s)', 'hr record(s)', 'hr data', 'employee record(s)', 'membership number(s)',
    'customer service remarks', 'telemetry data', 'device information', 'device data', 'usage data',
    'sensitive categorisations', 'intellectual property', 'trade secret(s)', 'source code', 'confidential document(s)',
    'internal document(s)', 'classified document(s)', 'classified information', 'confidential information',
    'confidential data', 'internal data', 'internal information', 'proprietary information', 'proprietary data',
    'corporate data', 'business data', 'secret data', 'sensitive document(s)', 'sensitive file(s)',
    'personal file(s)', 'private file(s)', 'backup file(s)', 'database backup(s)', 'sensitive data',
    'sensitive information', 'stolen data', 'stolen information', 'leaked data', 'leaked information',
    'compromised data', 'exposed data', 'hacked data', 'breached data', 'top-secret document(s)',
    'secret document(s)', 'top secret document(s)', 'military data', 'research data', 'research report(s)',
    'proprietary research', 'client data', 'client information', 'client record(s)', 'pricing information',
  ],
  'personal-information': [
    'personal information', 'personal data', 'personal detail(s)', 'personal info', 'personal record(s)',
    'personally identifiable information', 'personally identifying information', 'personal identifiable information',
    'personal identifying information', 'personal identity information', 'personal identification information',
    'pii', 'customer data', 'customer information', 'customer detail(s)', 'customer record(s)', 'customer info',
    'customer database(s)', 'user data', 'user information', 'user detail(s)', 'user record(s)', 'user info',
    'user database(s)', 'consumer data', 'consumer information', 'member data', 'member information',
    'member detail(s)', 'member record(s)', 'subscriber data', 'subscriber information', 'subscriber record(s)',
    'employee data', 'employee information', 'employee detail(s)', 'staff data', 'staff information',
    'staff detail(s)', 'staff record(s)', 'citizen data', "citizens' data", "citizens' information",
    'citizen information', 'guest data', 'guest information', 'guest detail(s)', 'student data',
    'student information', 'student detail(s)', 'applicant data', 'applicant information', 'private information',
    'private data', 'private detail(s)', 'private personal information', 'personal and account information',
    'sensitive personal information', 'sensitive personal data', 'customer or employee data',
    'sensitive customer data', 'personal customer data', 'confidential customer data', 'confidential employee data',
    'confidential client data', 'customer personal information', 'users personal information',
    'users\' personal information', 'identifying information', 'identity detail(s)', 'identity data',
    'citizen or customer account information', 'account personal information', 'victim profiles',
    'personal profile(s)', 'personal particulars', 'particulars', 'customer profile(s)', 'user profile data',
    // name, phone, e-mail and address together
    'contact information', 'contact detail(s)', 'contact data', 'contact info',
  ],
};

/** Phrases that are weak alone (see CATEGORY_PHRASES). */
export const WEAK_PHRASES: readonly string[] = [
  'name(s)', 'address(es)', 'email', 'e-mail', 'email(s)', 'e-mail(s)', 'account(s)', 'login(s)', 'log-in(s)',
  'contact(s)', 'message(s)', 'mail(s)', 'conversation(s)', 'photo(s)', 'photograph(s)', 'picture(s)', 'image(s)',
  'video(s)', 'selfie(s)', 'age(s)', 'gender(s)', 'sex', 'height', 'weight', 'occupation(s)', 'employer(s)',
  'grade(s)', 'transcript(s)', 'cookie(s)', 'keystroke(s)', 'screenshot(s)', 'chat(s)', 'profile(s)', 'sms',
  'pin(s)', 'passport(s)', 'diagnosis', 'diagnoses', 'prescription(s)', 'nationality', 'nationalities',
  'religion', 'itinerary', 'itineraries', 'particulars', 'correspondence', 'wallet(s)', 'salts',
  'credential(s)', 'password(s)', 'username(s)', 'test result(s)', 'birthday(s)', 'security code(s)',
  'expiration date(s)', 'expiry date(s)', 'mailbox(es)', 'inbox(es)', 'user name(s)', 'user id(s)',
];

/** Weak phrases that are strong in the plural: "passwords", "credentials", "usernames". */
export const STRONG_PLURALS: readonly string[] = ['passwords', 'credentials', 'usernames', 'passports', 'user names'];

/** Phrases whose own words say the data is sensitive, whatever its category. */
export const SENSITIVE_PHRASES: readonly string[] = [
  'sensitive personal information', 'sensitive personal data', 'sensitive personal and financial data',
  'religion', 'religious belief(s)', 'religious affiliation(s)', 'sexual orientation', 'criminal record(s)',
];

/**
 * Longer phrases that contain a data phrase but name something else; longest
 * match wins, so they hide it ("domain names", "IP address" is kept as other).
 */
export const NOT_DATA: readonly string[] = [
  'domain name(s)', 'file name(s)', 'filename(s)', 'host name(s)', 'hostname(s)', 'brand name(s)',
  'company name(s)', 'product name(s)', 'code name(s)', 'codename(s)', 'street name(s)', 'trade name(s)',
  'place name(s)', 'band name(s)', 'team name(s)', 'model name(s)', 'name server(s)', 'server name(s)',
  'web address(es)', 'url address(es)', 'memory address(es)', 'bitcoin address(es)', 'wallet address(es)',
  'email server(s)', 'email client(s)', 'email service(s)', 'email provider(s)', 'email app(s)',
  'email security', 'email gateway(s)', 'email phishing', 'email scam(s)', 'email campaign(s)',
  'spam message(s)', 'spam email(s)', 'phishing email(s)', 'phishing message(s)', 'phishing text(s)',
  'error message(s)', 'warning message(s)', 'ransom message(s)', 'ransom note(s)', 'message board(s)',
  'message platform(s)', 'online message platform(s)', 'messaging app(s)', 'messaging software',
  'instant messaging software', 'instant messaging app(s)', 'instant messaging service(s)', 'text messaging',
  'ad network(s)', 'account takeover(s)', 'account manager(s)', 'account executive(s)', 'account holder(s)',
  'on account of', 'take into account', 'taken into account', 'took into account', 'accounts for', 'account for',
  'accounted for', 'accounting', 'by all accounts', 'news accounts', 'eyewitness accounts', 'witness accounts',
  'security researcher(s)', 'security risk(s)', 'security update(s)', 'security patch(es)', 'security team(s)',
  'security code review', 'pin pad(s)', 'contact us', 'contact center(s)', 'contact centre(s)',
  'press contact(s)', 'media contact(s)', 'contact form(s)', 'image file(s)', 'disk image(s)', 'docker image(s)',
  'container image(s)', 'system image(s)', 'profile picture(s)', 'video game(s)', 'video conferencing',
  'video call(s)', 'age of', 'ages of', 'dark web', 'information technology', 'information security',
  'information systems', 'information system', 'information sharing', 'credit card fraud', 'credit card skimmer(s)',
  'credit card skimming', 'credit card processing', 'credit card processor(s)', 'credit card reader(s)',
  'credit card terminal(s)', 'credit card company', 'credit card companies', 'credit card issuer(s)',
  'card reader(s)', 'card skimmer(s)', 'card skimming', 'card payment(s)', 'card game(s)', 'sim card(s)',
  'gift card(s)', 'memory card(s)', 'smart card reader(s)', 'business card(s)', 'report card(s)',
  'location services', 'location-based services', 'privacy policy', 'the age', 'age verification',
  'password manager(s)', 'password reset(s)', 'password policy', 'password policies', 'password spraying',
  'password cracking', 'password-protected', 'password protected', 'password change(s)', 'password requirements',
  'password strength', 'credential stuffing', 'credential harvesting', 'credential phishing', 'sex offender(s)', 'sex crime(s)', 'gender gap', 'of age',
  'tracking cookie(s)', 'cookie policy', 'personal data protection', 'personal information protection',
  'personal data breach', 'personal data breaches', 'login page(s)', 'login screen(s)', 'login form(s)',
  'login attempt(s)', 'login portal(s)', 'log-in page(s)', 'text messaging service(s)',
  'customer service', 'customer support', 'customer experience', 'user experience', 'user interface',
  'account access', 'payment card industry', 'payment card industry data security standard',
  'chip and pin', 'chip-and-pin', 'pin entry device(s)', 'health information exchange',
  'health information technology', 'health information management', 'the passport office',
];

/**
 * Nouns after a data phrase that make it a modifier of something else
 * ("personal data protection", "credit card skimmers", "email server").
 */
export const NOT_AFTER: readonly string[] = [
  'breach', 'breaches', 'protection', 'privacy', 'policy', 'policies', 'regulation', 'regulations', 'law', 'laws',
  'act', 'security', 'fraud', 'scam', 'scams', 'stuffing', 'spraying', 'cracking', 'manager', 'managers', 'reset',
  'resets', 'industry', 'processor', 'processors', 'processing', 'company', 'companies', 'provider', 'providers',
  'service', 'services', 'server', 'servers', 'standard', 'standards', 'officer', 'officers', 'commissioner',
  'controller', 'controllers', 'broker', 'brokers', 'scientist', 'scientists', 'science', 'center', 'centre',
  'centers', 'centres', 'field', 'fields', 'format', 'formats', 'validation', 'verification', 'app', 'apps',
  'program', 'programs', 'programme', 'feature', 'features', 'system', 'systems', 'platform', 'platforms',
  'market', 'markets', 'network', 'networks', 'skimmer', 'skimmers', 'skimming', 'reader', 'readers', 'terminal',
  'terminals', 'issuer', 'issuers', 'portal', 'portals', 'page', 'pages', 'screen', 'screens', 'form', 'forms',
  'campaign', 'campaigns', 'gateway', 'gateways', 'client', 'clients', 'software', 'tool', 'tools', 'vendor',
  'vendors', 'management', 'governance', 'retention', 'subject', 'subjects', 'sharing', 'exchange', 'hygiene',
  'leakage', 'attack', 'attacks', 'phishing', 'spoofing', 'filter', 'filters', 'filtering', 'marketing',
  'firm', 'firms', 'agency', 'agencies', 'authority', 'department', 'bureau', 'office', 'act', 'bill', 'rule',
  'rules', 'requirement', 'requirements', 'field', 'box', 'boxes', 'lock', 'locks', 'group', 'groups',
];

/**
 * Generic nouns for data that name nothing alone ("data", "information") but
 * are the compromised data in a breach frame: right after a breach verb
 * ("hackers accessed the data") or before a passive one ("the information
 * was stolen", "the data included …"). Not "details" ("published details of
 * the flaw") nor "files" (ransomware encrypts files; they are rarely the
 * personal data of a breach).
 */
export const GENERIC_HEADS: readonly string[] = [
  'data', 'information', 'info', 'documents', 'records', 'database', 'databases',
];

/** Verbs before a generic head, in any form ("stole", "to access", "exfiltrating"). */
export const FRAME_VERBS_BEFORE: readonly string[] = [
  'access', 'accessed', 'accessing', 'steal', 'steals', 'stealing', 'stole', 'obtain', 'obtained', 'obtaining',
  'exfiltrate', 'exfiltrated', 'exfiltrating', 'leak', 'leaked', 'leaking', 'leaks', 'expose', 'exposed',
  'exposing', 'exposes', 'compromise', 'compromised', 'compromising', 'collect', 'collected', 'collecting',
  'collects', 'harvest', 'harvested', 'harvesting', 'sell', 'selling', 'sold', 'sells', 'buy', 'bought',
  'download', 'downloaded', 'downloading', 'copy', 'copied', 'copying', 'dump', 'dumped', 'dumping', 'publish',
  'published', 'publishing', 'post', 'posted', 'posting', 'release', 'released', 'releasing', 'siphon',
  'siphoned', 'siphoning', 'grab', 'grabbed', 'grabbing', 'extract', 'extracted', 'extracting',
  'view', 'viewed', 'intercept', 'intercepted', 'capture', 'captured', 'capturing', 'scrape',
  'scraped', 'scraping', 'misuse', 'misused', 'theft of', 'loss of', 'access to', 'exposure of', 'misuse of',
  'leak of', 'leakage of', 'sale of', 'stolen', 'leaked', 'breached', 'hacked', 'exfiltration of', 'dump of',
  'encrypted', 'encrypt', 'encrypting', 'ransom', 'exposed', 'upload', 'uploaded',
];

/** Participles after a generic head ("the data was stolen", "information exposed"). */
export const FRAME_PARTICIPLES_AFTER: readonly string[] = [
  'accessed', 'stolen', 'leaked', 'exposed', 'compromised', 'obtained', 'taken', 'exfiltrated', 'copied',
  'downloaded', 'dumped', 'published', 'posted', 'sold', 'breached', 'hacked', 'affected', 'involved', 'viewed',
  'released', 'encrypted', 'lost', 'harvested', 'siphoned', 'grabbed', 'uploaded', 'shared', 'slurped', 'removed',
  'scraped', 'included', 'includes', 'including', 'contained', 'contains', 'consisted', 'comprised', 'belonging',
  'offered', 'put up for sale', 'listed', 'left exposed', 'exposed online',
];

/**
 * Words before a data phrase that make it advice or a phishing lure, not data
 * that was taken: "change their passwords", "monitor their bank accounts",
 * "tricked into handing over login credentials". An optional determiner may
 * stand between ("reset the passwords").
 */
export const ADVICE_BEFORE: readonly string[] = [
  'change', 'changes', 'changed', 'changing', 'reset', 'resets', 'resetting', 'update', 'updating', 'protect',
  'protecting', 'protects', 'monitor', 'monitoring', 'secure', 'securing', 'enter', 'entering', 'verify',
  'verifying', 'confirm', 'confirming', 'remember', 'choose', 'choosing', 'create', 'creating', 'reuse', 'reusing',
  're-use', 're-using', 'rotate', 'rotating', 'manage', 'managing', 'hand over', 'handing over', 'handed over',
  'give away', 'giving away', 'give out', 'giving out', 'provide', 'providing', 'solicit', 'soliciting',
  'phishing for', 'phish for', 'asking for', 'asked for', 'ask for', 'request', 'requesting', 'strong', 'stronger',
  'unique', 'weak', 'common', 'default', 'type in', 'typing in', 'input', 'submit', 'submitting', 'safeguard',
  'safeguarding', 'lock down', 'check', 'checking', 'review', 'reviewing', 'keep an eye on', 'enable', 'enabling',
  'set up', 'setting up', 'log into', 'log in to', 'logging into', 'sign into', 'signing into', 'using', 'use',
  // police freezing or seizing the suspects' accounts: "froze bank accounts holding …"
  'froze', 'freeze', 'freezes', 'freezing', 'frozen', 'unfroze', 'unfreeze',
];

/**
 * Words (and stems, marked with a trailing "*") that show a sentence is about
 * data being taken, exposed, sold or held by the wrong people. In a text that
 * has any of them, a data phrase in a sentence with none of them is
 * background — advice, product descriptions, law — and is not reported.
 * Words that only say there was an attack ("attack", "malware", "phishing",
 * "ransomware", "affected") are left out: on the CASIE dev articles they
 * added data mentions that were not the compromised data, and no real ones.
 */
export const COMPROMISE_CUES: readonly string[] = [
  'steal*', 'stole*', 'theft*', 'thief', 'thieves', 'leak*', 'expos*', 'breach*', 'hack*', 'compromis*', 'access*',
  'obtain*', 'sell*', 'sold', 'dump*', 'publish*', 'posted', 'harvest*', 'exfiltrat*', 'siphon*', 'captur*',
  'grab*', 'swip*', 'taken', 'took', 'collect*', 'includ*', 'contain*', 'involv*', 'viewed', 'download*', 'copy',
  'copied', 'releas*', 'disclos*', 'unauthori*', 'intercept*', 'scrap*', 'illegal*', 'traded', 'trading', 'bought',
  'purchas*', 'export*', 'forward*', 'abus*', 'misus*', 'lur*', 'trick*', 'phish*', 'looked up', 'look up',
  'passed', 'passing', 'provid*', 'handed over', 'queried',
  // what an exposed file or database held: "hidden columns held tenants' names"
  'held', 'recorded', 'listed', 'uploaded', 'put online', 'mistakenly', 'accidentally', 'inadvertently',
];

/**
 * Verbs before a credential that make it the means of getting in, not data
 * taken: "used her administrator account to export …", "logged in with a
 * stolen login". An optional determiner or possessive may stand between.
 */
export const INSTRUMENT_BEFORE: readonly string[] = [
  'used', 'using', 'use', 'uses', 'via', 'logged in with', 'logged into', 'logged in to', 'signed in with',
  'abused', 'abusing', 'misused', 'misusing', 'borrowed', 'borrowing', 'exploited',
  'exploiting', 'leveraged', 'leveraging',
];

/** Nouns for children: "records of 3,000 children", "children under 14". */
export const CHILD_NOUNS: readonly string[] = [
  'children', 'child', 'kids', 'minors', 'pupils', 'infants', 'babies', 'toddlers', 'newborns', 'schoolchildren',
  'kindergarteners', 'kindergartners', 'juveniles', 'youngsters',
];
