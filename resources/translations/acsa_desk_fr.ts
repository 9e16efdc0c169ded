<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>ACSA Desk is used under its owner&apos;s terms. It includes or uses these components, each under its own licence:</source>
        <translation>ACSA Desk s&apos;utilise selon les conditions de son propriétaire. Il comprend ou utilise les composants suivants, chacun sous sa propre licence&#xa0;:</translation>
    </message>
    <message>
        <source>ACSA Desk {version}

The ledger of logistic support exchanged under Acquisition and Cross-Servicing Agreements: orders, deliveries, settlements and balances.</source>
        <translation>ACSA Desk {version}

Le registre du soutien logistique échangé en vertu des accords d&apos;acquisition et de services réciproques&#xa0;: commandes, livraisons, règlements et soldes.</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>About ACSA Desk</source>
        <translation>À propos d&apos;ACSA Desk</translation>
    </message>
    <message>
        <source>IPA Font License</source>
        <translation>Licence IPA Font</translation>
    </message>
    <message>
        <source>Ledger in use: {where}</source>
        <translation>Registre utilisé&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, PySide6 {pyside}, {system}</source>
        <translation>Python {python}, Qt {qt}, PySide6 {pyside}, {system}</translation>
    </message>
    <message>
        <source>The full text of the IPA Font License is on the next tab and in resources/fonts/ beside the font.</source>
        <translation>Le texte intégral de la licence IPA Font figure dans l&apos;onglet suivant et dans resources/fonts/, à côté de la police.</translation>
    </message>
    <message>
        <source>The licence file {path} is missing.</source>
        <translation>Le fichier de licence {path} est introuvable.</translation>
    </message>
    <message>
        <source>none (no database is open)</source>
        <translation>aucun (aucune base de données n&apos;est ouverte)</translation>
    </message>
</context>
<context>
    <name>AgreementsPage</name>
    <message>
        <source>&amp;Add official</source>
        <translation>&amp;Ajouter un responsable</translation>
    </message>
    <message>
        <source>&amp;New agreement</source>
        <translation>&amp;Nouvel accord</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save agreement</source>
        <translation>&amp;Enregistrer l&apos;accord</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>(not linked)</source>
        <translation>(non lié)</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Agreement with {partner} saved.</source>
        <translation>Accord avec {partner} enregistré.</translation>
    </message>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Changed terms apply to orders from:</source>
        <translation>Les conditions modifiées s&apos;appliquent aux commandes dès le&#xa0;:</translation>
    </message>
    <message>
        <source>Claim days</source>
        <translation>Délai de réclamation (jours)</translation>
    </message>
    <message>
        <source>Claim within (days of delivery):</source>
        <translation>Réclamer dans (jours après la livraison)&#xa0;:</translation>
    </message>
    <message>
        <source>Currencies of payment:</source>
        <translation>Devises de paiement&#xa0;:</translation>
    </message>
    <message>
        <source>Currency of the limit</source>
        <translation>Devise de la limite</translation>
    </message>
    <message>
        <source>Deadline (months)</source>
        <translation>Échéance (mois)</translation>
    </message>
    <message>
        <source>Delegated by</source>
        <translation>Délégué par</translation>
    </message>
    <message>
        <source>Delegated by (optional)</source>
        <translation>Délégué par (facultatif)</translation>
    </message>
    <message>
        <source>Designated officials</source>
        <translation>Responsables désignés</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>From YYYY-MM-DD</source>
        <translation>Du AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>ISO 3166 alpha-3, e.g. JPN</source>
        <translation>ISO 3166 alpha-3, p. ex. JPN</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>En vigueur depuis</translation>
    </message>
    <message>
        <source>In force from:</source>
        <translation>En vigueur depuis&#xa0;:</translation>
    </message>
    <message>
        <source>In force until:</source>
        <translation>En vigueur jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <source>Legislature notified on:</source>
        <translation>Avis au Parlement le&#xa0;:</translation>
    </message>
    <message>
        <source>Limit per order</source>
        <translation>Limite par commande</translation>
    </message>
    <message>
        <source>Limit, e.g. {amount}</source>
        <translation>Limite, p. ex. {amount}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Only an admin can change the agreements and designated officials</source>
        <translation>Seul un administrateur peut modifier les accords et les responsables désignés</translation>
    </message>
    <message>
        <source>Our designated officials (sign up to their limit)</source>
        <translation>Nos responsables désignés (signent jusqu&apos;à leur limite)</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partners and agreements</source>
        <translation>Partenaires et accords</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Settlement deadline (months):</source>
        <translation>Échéance de règlement (mois)&#xa0;:</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signé le&#xa0;:</translation>
    </message>
    <message>
        <source>Signs in as</source>
        <translation>Se connecte comme</translation>
    </message>
    <message>
        <source>The registered officer who signs under this designation, signed in as themself</source>
        <translation>L&apos;officier inscrit qui signe en vertu de cette désignation, connecté sous son propre nom</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Until (optional)</source>
        <translation>Au (facultatif)</translation>
    </message>
    <message>
        <source>User (login)</source>
        <translation>Utilisateur (identifiant)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>e.g. CAD,JPY (empty: any)</source>
        <translation>p. ex. CAD,JPY (vide&#xa0;: toutes)</translation>
    </message>
    <message>
        <source>empty: all 16 categories</source>
        <translation>vide&#xa0;: les 16 catégories</translation>
    </message>
    <message>
        <source>say from when the official may sign</source>
        <translation>indiquez depuis quand le responsable peut signer</translation>
    </message>
</context>
<context>
    <name>AnchorsPanel</name>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Anchor now:</source>
        <translation>Ancre actuelle :</translation>
    </message>
    <message>
        <source>Anchors written down:</source>
        <translation>Ancres consignées :</translation>
    </message>
    <message>
        <source>Appends the anchor to the anchors file beside the ledger. Keep anchors outside the ledger&apos;s folder too (print, e-mail): a history cut short or rewritten fails against any older anchor.</source>
        <translation>Ajoute l&apos;ancre au fichier d&apos;ancres à côté du registre. Conservez aussi des ancres hors du dossier du registre (impression, courriel) : un historique tronqué ou réécrit échoue contre toute ancre plus ancienne.</translation>
    </message>
    <message>
        <source>Check an &amp;anchor:</source>
        <translation>Vérifier une &amp;ancre :</translation>
    </message>
    <message>
        <source>OK: {what}</source>
        <translation>OK : {what}</translation>
    </message>
    <message>
        <source>PROBLEM: {problem}</source>
        <translation>PROBLÈME : {problem}</translation>
    </message>
    <message>
        <source>Write &amp;down anchor</source>
        <translation>&amp;Consigner l&apos;ancre</translation>
    </message>
    <message>
        <source>Written anchors</source>
        <translation>Ancres écrites</translation>
    </message>
    <message>
        <source>Written down: {anchor}</source>
        <translation>Consignée : {anchor}</translation>
    </message>
    <message>
        <source>acsa1:… as printed on a statement or order form</source>
        <translation>acsa1:… tel qu&apos;imprimé sur un relevé ou un bon de commande</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to {path}, sealed.</source>
        <translation>
            <numerusform>%n ligne de commande écrite dans {path}, scellée.</numerusform>
            <numerusform>%n lignes de commande écrites dans {path}, scellées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order line(s) written to {path}.</source>
        <translation>
            <numerusform>%n ligne de commande écrite dans {path}.</numerusform>
            <numerusform>%n lignes de commande écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n settlement(s)</source>
        <translation>
            <numerusform>%n règlement</numerusform>
            <numerusform>%n règlements</numerusform>
        </translation>
    </message>
    <message>
        <source>ACSA Desk ledgers</source>
        <translation>Registres ACSA Desk</translation>
    </message>
    <message>
        <source>ACSA Desk stays open: a window has work not saved yet.</source>
        <translation>ACSA Desk reste ouvert : une fenêtre contient du travail non enregistré.</translation>
    </message>
    <message>
        <source>Backup</source>
        <extracomment>The longest wait for a view&apos;s background work (a safety net; normally much shorter). How long the order form&apos;s preview is given to draw its pages (about 0.2 s is enough). The money locale of each interface language (as cli/window.py chooses it). The column names of the spreadsheet the tour gives the import assistant (a unit&apos;s own). The dashboard&apos;s lists after the first (overdue), by tab.</extracomment>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Backup written to {path}.</source>
        <translation>Sauvegarde écrite dans {path}.</translation>
    </message>
    <message>
        <source>Building a demo ledger of {count} orders…</source>
        <translation>Création d&apos;un registre de démonstration de {count} commandes…</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Choose another file: a backup cannot replace the ledger itself.</source>
        <translation>Choisissez un autre fichier&#xa0;: une sauvegarde ne peut pas remplacer le registre lui-même.</translation>
    </message>
    <message>
        <source>Close the open windows first; another ledger was not opened.</source>
        <translation>Fermez d&apos;abord les fenêtres ouvertes; aucun autre registre n&apos;a été ouvert.</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>Database: {where}</source>
        <extracomment>A ledger was opened and the pages rebuilt for it. Argument: the Ledger. The first look at a newly opened ledger is done (banner set; welcome page shown if empty). Argument: the LedgerSummary. An import finished and its result was reported. Argument: the result. Housekeeping and slow figures (the integrity check and backup after the window opens, the dashboard&apos;s audit-exceptions count): low-priority workers of their own, so that the pages&apos; reads never queue behind them; two, so that the count does not wait for the check (which runs in SQLite, off the interpreter&apos;s lock). Shows the preferences dialog (replaceable in tests: it is modal). The ledger whose first look (check_first_run) is awaited, if any. Watches the open ledger&apos;s file (deleted or replaced by another program). Who is working: loads the ledger&apos;s users, asks on a shared ledger, names them.</extracomment>
        <translation>Base de données&#xa0;: {where}</translation>
    </message>
    <message>
        <source>Demo ledger</source>
        <translation>Registre de démonstration</translation>
    </message>
    <message>
        <source>Demo ledger (temporary, deleted on exit): {path}</source>
        <translation>Registre de démonstration (temporaire, supprimé à la fermeture)&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Demo ledger of {count} orders open; it is deleted when ACSA Desk closes. Your ledger {previous} is unchanged (File &gt; Open recent).</source>
        <translation>Registre de démonstration de {count} commandes ouvert; il sera supprimé à la fermeture d&apos;ACSA Desk. Votre registre {previous} n&apos;est pas modifié (Fichier &gt; Ouvrir un fichier récent).</translation>
    </message>
    <message>
        <source>Export finance CSV</source>
        <translation>Exporter le CSV pour les finances</translation>
    </message>
    <message>
        <source>Import of {name} cancelled: nothing was imported.</source>
        <translation>Importation de {name} annulée&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import orders</source>
        <translation>Importer des commandes</translation>
    </message>
    <message>
        <source>Import settlements</source>
        <translation>Importer des règlements</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importation de {name}…</translation>
    </message>
    <message>
        <source>It is a temporary demo ledger, deleted when ACSA Desk closes.</source>
        <translation>C&apos;est un registre de démonstration temporaire, supprimé à la fermeture d&apos;ACSA Desk.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <source>New exercises: {names}.</source>
        <translation>Nouveaux exercices&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>New partners: {codes}.</source>
        <translation>Nouveaux partenaires&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Order {number} does not allow this step now.</source>
        <translation>La commande {number} ne permet pas cette étape maintenant.</translation>
    </message>
    <message>
        <source>Orders files</source>
        <translation>Fichiers de commandes</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Sealed backup written to {path}.</source>
        <translation>Sauvegarde scellée écrite dans {path}.</translation>
    </message>
    <message>
        <source>Select an order in the Orders list first (Ctrl+3).</source>
        <translation>Choisissez d’abord une commande dans la liste des commandes (Ctrl+3).</translation>
    </message>
    <message>
        <source>The database in use is:
{where}</source>
        <translation>La base de données utilisée est&#xa0;:
{where}</translation>
    </message>
    <message>
        <source>This ledger is kept on a database server ({where}). Backing it up is the server&apos;s job (for instance pg_dump by its administrator), not ACSA Desk&apos;s.</source>
        <translation>Ce registre est conservé sur un serveur de base de données ({where}). Sa sauvegarde relève du serveur (par exemple pg_dump par son administrateur), et non d&apos;ACSA Desk.</translation>
    </message>
    <message numerus="yes">
        <source>{name} was refused: %n problem(s) found, each listed with its row and column in the details. Nothing was imported.

First: {first}</source>
        <translation>
            <numerusform>{name} a été refusé : %n problème trouvé, indiqué avec sa ligne et sa colonne dans les détails. Rien n’a été importé.

Premier : {first}</numerusform>
            <numerusform>{name} a été refusé : %n problèmes trouvés, chacun indiqué avec sa ligne et sa colonne dans les détails. Rien n’a été importé.

Premier : {first}</numerusform>
        </translation>
    </message>
    <message>
        <source>{orders} ({lines}) imported from {name}.</source>
        <translation>{orders} ({lines}) importées de {name}.</translation>
    </message>
    <message>
        <source>{path} already exists. ACSA Desk never overwrites a database: choose a new name, or use Open database… to open it.</source>
        <translation>{path} existe déjà. ACSA Desk n&apos;écrase jamais une base de données&#xa0;: choisissez un nouveau nom, ou utilisez Ouvrir une base de données… pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>{path} no longer exists.</source>
        <translation>{path} n&apos;existe plus.</translation>
    </message>
    <message>
        <source>{settlements} imported from {name}; now settled: {orders}.</source>
        <translation>{settlements} importés de {name}; maintenant réglées : {orders}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>Correspondence</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Payment advice</source>
        <translation>Avis de paiement</translation>
    </message>
    <message>
        <source>Proof of delivery</source>
        <translation>Preuve de livraison</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Signed order form</source>
        <translation>Bon de commande signé</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message numerus="yes">
        <source>%n document(s) attached.</source>
        <translation>
            <numerusform>%n document joint.</numerusform>
            <numerusform>%n documents joints.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>&amp;Notify finance</source>
        <translation>&amp;Aviser les finances</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Withdraw</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Attach a supporting document</source>
        <translation>Joindre une pièce justificative</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>Joint le</translation>
    </message>
    <message>
        <source>Audit readiness: {badge}</source>
        <translation>Préparation à la vérification&#xa0;: {badge}</translation>
    </message>
    <message>
        <source>Audit readiness: {badge} — {names}</source>
        <translation>Préparation à la vérification&#xa0;: {badge} — {names}</translation>
    </message>
    <message>
        <source>Claim notice to finance</source>
        <translation>Avis de réclamation aux finances</translation>
    </message>
    <message>
        <source>Delivery of {day}</source>
        <translation>Livraison du {day}</translation>
    </message>
    <message>
        <source>Document for</source>
        <translation>Document pour</translation>
    </message>
    <message>
        <source>Documents of the order</source>
        <translation>Documents de la commande</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Finance notified on</source>
        <translation>Finances avisées le</translation>
    </message>
    <message>
        <source>Finance or revenue office</source>
        <translation>Bureau des finances ou des recettes</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Kind of document</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>No preview for this kind of file: open it instead.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier&#xa0;: ouvrez-le.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Note (optional); or a reason to withdraw</source>
        <translation>Note (facultative) ou motif du retrait</translation>
    </message>
    <message>
        <source>Or drop files onto the order.</source>
        <translation>Ou déposez des fichiers sur la commande.</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the document as</source>
        <translation>Enregistrer le document sous</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Sélectionnez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>Settlement of {day} {reference} ({amount})</source>
        <translation>Règlement du {day} {reference} ({amount})</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>The order</source>
        <translation>La commande</translation>
    </message>
    <message>
        <source>WITHDRAWN: {reason}</source>
        <translation>RETIRÉ&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>What the document supports: the order, one of its deliveries (e.g. its proof) or one of its settlements</source>
        <translation>Ce que le document appuie : la commande, l&apos;une de ses livraisons (p. ex. sa preuve) ou l&apos;un de ses règlements</translation>
    </message>
    <message>
        <source>Withdraws the selected document, with the reason typed in the note; it stays in the ledger.</source>
        <translation>Retire le document choisi, avec le motif saisi dans la note; il reste dans le registre.</translation>
    </message>
    <message>
        <source>notified {office} on {day} ({ref})</source>
        <translation>{office} avisé le {day} ({ref})</translation>
    </message>
</context>
<context>
    <name>BalanceChart</name>
    <message>
        <source>%.{decimals}fM</source>
        <translation>%.{decimals}f M</translation>
    </message>
    <message>
        <source>%.{decimals}fk</source>
        <translation>%.{decimals}f k</translation>
    </message>
    <message>
        <source>(millions)</source>
        <translation>(millions)</translation>
    </message>
    <message>
        <source>(thousands)</source>
        <translation>(milliers)</translation>
    </message>
    <message>
        <source>Currency shown in the chart</source>
        <extracomment>A bar was clicked. Arguments: partner code, currency.</extracomment>
        <translation>Devise affichée dans le graphique</translation>
    </message>
    <message>
        <source>Net balance by partner in</source>
        <translation>Solde net par partenaire en</translation>
    </message>
    <message>
        <source>Nothing outstanding.</source>
        <translation>Aucun solde dû.</translation>
    </message>
    <message>
        <source>Partner owes us</source>
        <translation>Le partenaire nous doit</translation>
    </message>
    <message>
        <source>We owe the partner</source>
        <translation>Nous devons au partenaire</translation>
    </message>
    <message>
        <source>{position}: {net}
Click to see the orders.</source>
        <translation>{position}&#xa0;: {net}
Cliquez pour voir les commandes.</translation>
    </message>
</context>
<context>
    <name>Balances</name>
    <message>
        <source>Even</source>
        <translation>À égalité</translation>
    </message>
    <message>
        <source>We owe {partner}</source>
        <translation>Nous devons à {partner}</translation>
    </message>
    <message>
        <source>{partner} owes us</source>
        <extracomment>The partner owes us (net &gt; 0) / we owe the partner (net &lt; 0). Dark enough to read on white.</extracomment>
        <translation>{partner} nous doit</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Contains foreign government information: {codes}</source>
        <extracomment>Background colour per marking level for a plain-text marking (first matching prefix).</extracomment>
        <translation>Contient des renseignements de gouvernements étrangers : {codes}</translation>
    </message>
</context>
<context>
    <name>CountersignBox</name>
    <message>
        <source>Certifying officer</source>
        <translation>Officier qui certifie</translation>
    </message>
    <message>
        <source>Four eyes: {entered} entered this, and no other officer is registered in this ledger. An admin adds one in Preferences &gt; Users (or: acsa-desk user add LOGIN --role officer).</source>
        <translation>Quatre yeux : {entered} a saisi cet élément, et aucun autre officier n’est inscrit dans ce registre. Un administrateur en ajoute un dans Préférences &gt; Utilisateurs (ou : acsa-desk user add LOGIN --role officer).</translation>
    </message>
    <message>
        <source>Four eyes: {entered} entered this, so another officer certifies it; they type their own passphrase here.</source>
        <translation>Quatre yeux : {entered} a saisi cet élément, un autre officier le certifie donc ; il tape ici sa propre phrase de passe.</translation>
    </message>
    <message>
        <source>choose the officer who certifies this</source>
        <translation>choisissez l’officier qui certifie</translation>
    </message>
    <message>
        <source>choose the officer who signs</source>
        <translation>choisissez l’officier qui signe</translation>
    </message>
    <message>
        <source>nobody yet (awaits an officer&apos;s approval)</source>
        <translation>personne pour l’instant (attend l’approbation d’un officier)</translation>
    </message>
    <message>
        <source>the officer&apos;s own passphrase</source>
        <translation>la phrase de passe de l’officier</translation>
    </message>
    <message>
        <source>{login} types their passphrase to certify this</source>
        <translation>{login} tape sa phrase de passe pour certifier</translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <source>ACSA Desk closed unexpectedly</source>
        <extracomment>A crash log was written. Argument: its Path. Emitted in the main thread.</extracomment>
        <translation>ACSA Desk s&apos;est fermé de façon inattendue</translation>
    </message>
    <message>
        <source>ACSA Desk closed unexpectedly the last time it ran. A report was saved to:
{path}

Please send this file to your system support.</source>
        <translation>ACSA Desk s&apos;est fermé de façon inattendue lors de sa dernière utilisation. Un rapport a été enregistré dans&#xa0;:
{path}

Veuillez envoyer ce fichier à votre soutien informatique.</translation>
    </message>
    <message>
        <source>ACSA Desk met an error it did not expect: {error}

{where}

Your saved work is safe. Please send the file to your system support and restart ACSA Desk if it misbehaves.</source>
        <translation>ACSA Desk a rencontré une erreur imprévue&#xa0;: {error}

{where}

Le travail enregistré est en sécurité. Veuillez envoyer le fichier à votre soutien informatique et redémarrer ACSA Desk s&apos;il se comporte mal.</translation>
    </message>
    <message>
        <source>ACSA Desk: unexpected error</source>
        <translation>ACSA Desk&#xa0;: erreur inattendue</translation>
    </message>
    <message>
        <source>The details could not be saved to a file.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés dans un fichier.</translation>
    </message>
    <message>
        <source>The details were saved to:
{path}</source>
        <translation>Les détails ont été enregistrés dans&#xa0;:
{path}</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Provided</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>We provided it: the partner owes us</source>
        <translation>Nous l&apos;avons fourni&#xa0;: le partenaire nous le doit</translation>
    </message>
    <message>
        <source>We received it: we owe the partner</source>
        <translation>Nous l&apos;avons reçu&#xa0;: nous le devons au partenaire</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>&amp;Statement…</source>
        <translation>&amp;Relevé…</translation>
    </message>
    <message>
        <source>0–90 days</source>
        <translation>0 à 90 jours</translation>
    </message>
    <message>
        <source>181–365 days</source>
        <translation>181 à 365 jours</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91 à 180 jours</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ancienneté des soldes</translation>
    </message>
    <message>
        <source>Ageing of what is outstanding</source>
        <translation>Ancienneté des soldes dus</translation>
    </message>
    <message>
        <source>Audit exceptions</source>
        <translation>Anomalies d&apos;audit</translation>
    </message>
    <message>
        <source>Awaiting signatures</source>
        <extracomment>Set when the page goes or the program closes: the audit count stops. The content fingerprint the figures in view were read at (None: unknown). (fingerprint, count) of the last audit-exceptions count. When the figures in view were read, if they come from the snapshot. Reads wait for the kept figures&apos; paint (True), and one was asked for meanwhile. The ledger summary read with the figures in view (kept with them).</extracomment>
        <translation>En attente de signatures</translation>
    </message>
    <message>
        <source>Balances per partner and currency</source>
        <translation>Soldes par partenaire et par devise</translation>
    </message>
    <message>
        <source>Becomes overdue</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>What a read of the figures returns: the fingerprint it was read at, the ledger summary (kept with the figures), the figures. Every figure was (re)read and shown, the audit-exceptions count included. Figures were painted: True when just read, False when the last ones shown (snapshot). The reads held by :meth:`hold_reads` may start: the kept figures were painted (or a second passed without a paint), or there were none. (The reads import the ORM models: they wait, so as not to slow the first paint.)</extracomment>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Days since delivery of what is still unpaid. Double-click a row to see the orders.</source>
        <translation>Jours écoulés depuis la livraison de ce qui reste impayé. Double-cliquez sur une ligne pour voir les commandes.</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré le</translation>
    </message>
    <message>
        <source>Delivered without both signatures</source>
        <translation>Livrées sans les deux signatures</translation>
    </message>
    <message>
        <source>Delivered, not invoiced</source>
        <translation>Livrées, non facturées</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Double-click a figure to see the orders behind it.</source>
        <translation>Double-cliquez sur un chiffre pour voir les commandes qui le composent.</translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>Double-cliquez sur une commande pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Due within 60 days</source>
        <translation>Échéance dans les 60 jours</translation>
    </message>
    <message>
        <source>Figures as of {date}; overdue means unpaid past the agreement&apos;s settlement deadline.</source>
        <translation>Chiffres en date du {date}; «&#xa0;en retard&#xa0;» signifie impayé au-delà du délai de règlement de l&apos;accord.</translation>
    </message>
    <message>
        <source>Invoiced, not settled</source>
        <translation>Facturées, non réglées</translation>
    </message>
    <message>
        <source>Last figures shown (as of {date}, read {when}); being read again…</source>
        <translation>Derniers chiffres affichés (en date du {date}, lus le {when}); relecture en cours…</translation>
    </message>
    <message>
        <source>Last reconciled</source>
        <translation>Rapproché le</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Orders an auditor would fault (missing data, signatures or documents, late claims...): opens Audit readiness.</source>
        <translation>Commandes qu&apos;un vérificateur relèverait (données, signatures ou documents manquants, réclamations tardives…) : ouvre Préparation à l&apos;audit.</translation>
    </message>
    <message>
        <source>Orders delivered (or further) that lack one side&apos;s signature.</source>
        <translation>Commandes livrées (ou plus avancées) auxquelles manque la signature d&apos;une partie.</translation>
    </message>
    <message>
        <source>Orders delivered or received for which no invoice or claim was raised.</source>
        <translation>Commandes livrées ou reçues pour lesquelles aucune facture ni réclamation n&apos;a été établie.</translation>
    </message>
    <message>
        <source>Orders invoiced and waiting for settlement.</source>
        <translation>Commandes facturées en attente de règlement.</translation>
    </message>
    <message>
        <source>Orders requested but not yet signed by both sides&apos; officials.</source>
        <translation>Commandes demandées mais pas encore signées par les responsables des deux parties.</translation>
    </message>
    <message>
        <source>Orders with an unpaid delivery that passes the deadline within 60 days.</source>
        <translation>Commandes dont une livraison impayée dépassera le délai dans les 60 jours.</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Outstanding on what we provided: the partner owes it</source>
        <translation>Solde dû sur ce que nous avons fourni&#xa0;: le partenaire le doit</translation>
    </message>
    <message>
        <source>Outstanding on what we received: we owe it</source>
        <translation>Solde dû sur ce que nous avons reçu&#xa0;: nous le devons</translation>
    </message>
    <message>
        <source>Over 365 days</source>
        <translation>Plus de 365 jours</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Preview, save or print the settlement statement of the selected partner</source>
        <translation>Aperçu, enregistrement ou impression du relevé de règlement du partenaire sélectionné</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <source>Receivable minus payable, in one currency</source>
        <translation>À recevoir moins à payer, dans une même devise</translation>
    </message>
    <message>
        <source>Reconciled by {by} on {at} UTC</source>
        <translation>Rapproché par {by} le {at} UTC</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Show in Orders</source>
        <translation>Afficher dans Commandes</translation>
    </message>
    <message>
        <source>The oldest delivery still (partly) unpaid</source>
        <translation>La plus ancienne livraison encore impayée (en tout ou en partie)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Unpaid deliveries older than the agreement&apos;s settlement deadline (12 months unless the agreement says otherwise). Double-click an order to open it.</source>
        <translation>Livraisons impayées au-delà du délai de règlement de l&apos;accord (12 mois, sauf disposition contraire de l&apos;accord). Double-cliquez sur une commande pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>When our ledger was last reconciled with the partner&apos;s statement (Reconciliation page)</source>
        <translation>Date du dernier rapprochement de notre registre avec le relevé du partenaire (page Rapprochement)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{count} due within 60 days — showing the {shown} oldest; Show in Orders for all.</source>
        <translation>Échéance dans les 60 jours&#xa0;: {count} — les {shown} plus anciennes sont affichées; «&#xa0;Afficher dans Commandes&#xa0;» pour toutes.</translation>
    </message>
    <message>
        <source>{count} overdue — showing the {shown} oldest; Show in Orders for all.</source>
        <translation>En retard&#xa0;: {count} — les {shown} plus anciennes sont affichées; «&#xa0;Afficher dans Commandes&#xa0;» pour toutes.</translation>
    </message>
    <message>
        <source>{list} ({count})</source>
        <translation>{list} ({count})</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Delivered now</source>
        <translation>Livré maintenant</translation>
    </message>
    <message>
        <source>Delivered now, line {number}</source>
        <translation>Livré maintenant, ligne {number}</translation>
    </message>
    <message>
        <source>Delivered on:</source>
        <translation>Livré le&#xa0;:</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Record a delivery on order {number}</source>
        <translation>Enregistrer une livraison pour la commande {number}</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>Reste à livrer</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
</context>
<context>
    <name>Direction</name>
    <message>
        <source>Provided</source>
        <translation>Fourni</translation>
    </message>
    <message>
        <source>Provided by us (receivable)</source>
        <translation>Fourni par nous (à recevoir)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Received by us (payable)</source>
        <translation>Reçu par nous (à payer)</translation>
    </message>
</context>
<context>
    <name>DocumentControl</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <extracomment>A document is shown. Argument: its page count. Building failed with an expected error. Argument: the message. A print job was sent. Argument: the number of pages printed. Building started or ended (the owner may enable its own buttons). The request the shown document was built from (None: nothing shown).</extracomment>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation>Création du document…</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}</source>
        <translation>Pages envoyées à l&apos;imprimante&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Pages: {count}</source>
        <translation>Pages&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>PDF files</source>
        <translation>Fichiers PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <extracomment>Pages are rendered for the printer at no more than this resolution (dots per inch): a 1200 dpi A4 page would be a 500 MB image, and 300 dpi is finer than the type needs. A document is shown and ready. Argument: its page count.</extracomment>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Saved {path}, sealed</source>
        <translation>{path} enregistré, scellé</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Document&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Exercise:</source>
        <translation>&amp;Exercice&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order number:</source>
        <translation>N° de &amp;commande&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année&#xa0;:</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Tous les exercices</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>Choose a document, then press Preview.</source>
        <translation>Choisissez un document, puis appuyez sur Aperçu.</translation>
    </message>
    <message>
        <source>Choose a partner first (the ledger has none yet).</source>
        <translation>Choisissez d&apos;abord un partenaire (le registre n&apos;en contient encore aucun).</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Order form</source>
        <translation>Bon de commande</translation>
    </message>
    <message>
        <source>P&amp;review</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Settlement statement</source>
        <extracomment>The partner and exercise pickers were (re)loaded. A preview is shown. Argument: its page count. Building a preview failed with an expected error. Argument: the message. A print job was sent. Argument: the number of pages printed.</extracomment>
        <translation>Relevé de règlement</translation>
    </message>
    <message>
        <source>Type the number of the order first.</source>
        <translation>Tapez d&apos;abord le numéro de la commande.</translation>
    </message>
    <message>
        <source>e.g. CAN-JPN-25-0101</source>
        <translation>p. ex. CAN-JPN-25-0101</translation>
    </message>
</context>
<context>
    <name>ExerciseDialog</name>
    <message>
        <source>&amp;Activity:</source>
        <translation>&amp;Activité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début le&#xa0;:</translation>
    </message>
    <message>
        <source>Edit exercise</source>
        <translation>Modifier l&apos;exercice</translation>
    </message>
    <message>
        <source>Give the exercise or operation a name.</source>
        <translation>Donnez un nom à l&apos;exercice ou à l&apos;opération.</translation>
    </message>
    <message>
        <source>New exercise</source>
        <extracomment>Saved. Argument: the exercise id.</extracomment>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Pa&amp;rtners (ISO codes):</source>
        <translation>Pa&amp;rtenaires (codes ISO)&#xa0;:</translation>
    </message>
    <message>
        <source>The end is before the start ({start}).</source>
        <translation>La fin précède le début ({start}).</translation>
    </message>
    <message>
        <source>e.g. JPN, USA</source>
        <translation>p. ex. JPN, USA</translation>
    </message>
    <message>
        <source>e.g. KAEDEX 2025</source>
        <translation>p. ex. KAEDEX 2025</translation>
    </message>
    <message>
        <source>e.g. Sea of Japan</source>
        <translation>p. ex. mer du Japon</translation>
    </message>
</context>
<context>
    <name>Exercises</name>
    <message>
        <source>Humanitarian or disaster relief</source>
        <translation>Aide humanitaire ou secours aux sinistrés</translation>
    </message>
    <message>
        <source>Liaison or routine (port call, surveillance)</source>
        <translation>Liaison ou activité courante (escale, surveillance)</translation>
    </message>
    <message>
        <source>Other activity</source>
        <translation>Autre activité</translation>
    </message>
    <message>
        <source>Peacekeeping or coordinated operation</source>
        <translation>Maintien de la paix ou opération coordonnée</translation>
    </message>
    <message>
        <source>Protection or transport of nationals</source>
        <translation>Protection ou transport de ressortissants</translation>
    </message>
    <message>
        <source>Training or exercise</source>
        <extracomment>A date edit at this date shows &quot;not set&quot; (dates of imported exercises may be unknown).</extracomment>
        <translation>Instruction ou exercice</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code.</source>
        <translation>{code} n&apos;est pas un code de pays ISO 3166.</translation>
    </message>
    <message>
        <source>{code}: enter three-letter codes, e.g. JPN, USA.</source>
        <translation>{code}&#xa0;: entrez des codes de trois lettres, p. ex. JPN, USA.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;New exercise…</source>
        <extracomment>The exercises were (re)loaded. The selected exercise&apos;s balances were loaded.</extracomment>
        <translation>&amp;Nouvel exercice…</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Balances of the exercise</source>
        <translation>Soldes de l’exercice</translation>
    </message>
    <message>
        <source>Balances of {name}</source>
        <translation>Soldes de {name}</translation>
    </message>
    <message>
        <source>Balances of {name}: nothing outstanding</source>
        <translation>Soldes de {name}&#xa0;: aucun solde dû</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Double-click a balance to see the exercise&apos;s orders.</source>
        <translation>Double-cliquez sur un solde pour voir les commandes de l&apos;exercice.</translation>
    </message>
    <message>
        <source>Double-click an exercise to edit it.</source>
        <translation>Double-cliquez sur un exercice pour le modifier.</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <source>Payable</source>
        <translation>À payer</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Receivable</source>
        <translation>À recevoir</translation>
    </message>
    <message>
        <source>Select an exercise to see its balances.</source>
        <translation>Sélectionnez un exercice pour voir ses soldes.</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Agreement</source>
        <translation>Accord</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Exchange rate</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Exercise partner</source>
        <translation>Partenaire de l&apos;exercice</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Ledger setting</source>
        <translation>Paramètre du registre</translation>
    </message>
    <message>
        <source>Order</source>
        <extracomment>Typing in the &quot;who&quot; box filters after this pause (milliseconds).</extracomment>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order line</source>
        <translation>Ligne de commande</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Settlement approval</source>
        <translation>Approbation de règlement</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Changement d&apos;état</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>retiré</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation>&amp;Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>All records</source>
        <extracomment>The chain was verified. Argument: the VerifyReport.</extracomment>
        <translation>Tous les enregistrements</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Checks that no audit entry was removed, changed or reordered (hashes, the ledger key&apos;s MACs, the written anchors), that every table is what the log says, and that every order&apos;s totals equal its entries.</source>
        <translation>Vérifie qu&apos;aucune entrée d&apos;audit n&apos;a été supprimée, modifiée ou déplacée (empreintes, MAC de la clé du registre, ancres consignées), que chaque table correspond au journal et que les totaux de chaque commande égalent ses écritures.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>OK: {entries} audit entries chained and MAC-checked under the ledger key; {rows} rows match the log; the totals of {orders} orders equal their entries; {anchors} written anchors found. Anchor: {anchor}</source>
        <translation>OK : {entries} entrées d&apos;audit chaînées et MAC vérifiés sous la clé du registre; {rows} lignes conformes au journal; les totaux de {orders} commandes égalent leurs écritures; {anchors} ancres consignées retrouvées. Ancre : {anchor}</translation>
    </message>
    <message>
        <source>PROBLEM: {problems}
Chain head as found: {head}</source>
        <translation>PROBLÈME&#xa0;: {problems}
Tête de chaîne trouvée&#xa0;: {head}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Stored as {time} (UTC)</source>
        <translation>Enregistré comme {time} (UTC)</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Verifying the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>When (local time)</source>
        <translation>Quand (heure locale)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>login</source>
        <translation>identifiant</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message numerus="yes">
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n ligne</numerusform>
            <numerusform>%n lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found: nothing can be imported until they are corrected (in the file, or by mapping its columns). The cells concerned are red.</source>
        <translation>
            <numerusform>%n problème trouvé : rien ne peut être importé tant qu’il n’est pas corrigé (dans le fichier, ou en associant ses colonnes). Les cellules en cause sont en rouge.</numerusform>
            <numerusform>%n problèmes trouvés : rien ne peut être importé tant qu’ils ne sont pas corrigés (dans le fichier, ou en associant ses colonnes). Les cellules en cause sont en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>&amp;Tout importer</translation>
    </message>
    <message>
        <source>&amp;Mapping:</source>
        <translation>&amp;Correspondance :</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importée)</translation>
    </message>
    <message>
        <source>ACSA Desk column</source>
        <translation>Colonne d’ACSA Desk</translation>
    </message>
    <message>
        <source>ACSA Desk column for {name}</source>
        <translation>Colonne d’ACSA Desk pour {name}</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Guess from the column names</source>
        <translation>Deviner d’après les noms de colonnes</translation>
    </message>
    <message>
        <source>Import orders from {name}</source>
        <extracomment>Rows shown in the preview. A preview (trial import) was shown. Argument: the ImportPreview. The orders were imported. Argument: the OrdersImportResult.</extracomment>
        <translation>Importer les commandes de {name}</translation>
    </message>
    <message>
        <source>Mapping {name} saved; on the command line: import-orders FILE --mapping &quot;{name}&quot;</source>
        <translation>Correspondance {name} enregistrée; en ligne de commande : import-orders FICHIER --mapping &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Lecture de {name}…</translation>
    </message>
    <message>
        <source>Ready: {orders} ({lines}) will be imported, all or nothing.</source>
        <translation>Prêt : {orders} ({lines}) seront importées, tout ou rien.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Feuille :</translation>
    </message>
    <message>
        <source>Save &amp;mapping</source>
        <translation>Enregistrer la co&amp;rrespondance</translation>
    </message>
    <message>
        <source>Save as:</source>
        <translation>Enregistrer sous :</translation>
    </message>
    <message>
        <source>Save the mapping as</source>
        <translation>Enregistrer la correspondance sous</translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation>Correspondance enregistrée</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Type a name for this source&apos;s mapping first.</source>
        <translation>Tapez d’abord un nom pour la correspondance de cette source.</translation>
    </message>
    <message>
        <source>e.g. 1st Bn fuel log</source>
        <translation>p. ex. journal carburant du 1er bataillon</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>Billable so far:</source>
        <translation>Facturable à ce jour&#xa0;:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Émise le&#xa0;:</translation>
    </message>
    <message>
        <source>Raise the invoice for order {number}</source>
        <translation>Établir la facture de la commande {number}</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. INV-2025-0042</source>
        <translation>p. ex. INV-2025-0042</translation>
    </message>
</context>
<context>
    <name>LedgerWatch</name>
    <message>
        <source>Ledger file deleted</source>
        <extracomment>How often the file is checked besides the notifications (a network share sends none).</extracomment>
        <translation>Fichier du registre supprimé</translation>
    </message>
    <message>
        <source>Ledger file gone, nothing more is saved: {path}</source>
        <translation>Fichier du registre disparu, plus rien n&apos;est enregistré : {path}</translation>
    </message>
    <message>
        <source>Ledger file replaced</source>
        <translation>Fichier du registre remplacé</translation>
    </message>
    <message>
        <source>Nothing more can be saved to it, and nothing you saved before is lost: it is in the file that was opened, or in its backups. Open windows keep their unsaved changes: copy what you need, then open the ledger again (File &gt; Open), which asks about each window with unsaved changes first.</source>
        <translation>Plus rien ne peut y être enregistré, et rien de ce que vous avez enregistré n&apos;est perdu : c&apos;est dans le fichier qui avait été ouvert, ou dans ses sauvegardes. Les fenêtres ouvertes gardent leurs modifications non enregistrées : copiez ce dont vous avez besoin, puis rouvrez le registre (Fichier &gt; Ouvrir), qui demande d&apos;abord quoi faire de chaque fenêtre ayant des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>The ledger file {path} was deleted by another program while it was open.</source>
        <translation>Le fichier du registre {path} a été supprimé par un autre programme pendant qu&apos;il était ouvert.</translation>
    </message>
    <message>
        <source>The ledger file {path} was replaced by another file while it was open (another program, a restore or a synchronised folder).</source>
        <translation>Le fichier du registre {path} a été remplacé par un autre fichier pendant qu&apos;il était ouvert (un autre programme, une restauration ou un dossier synchronisé).</translation>
    </message>
</context>
<context>
    <name>LinesModel</name>
    <message>
        <source>Add line</source>
        <extracomment>Why a cell is refused (str), None when it is fine. The line&apos;s ordered amount in minor units (int or None), in the AMOUNT column. Cells typed and shown as numbers of the locale (&quot;2,50&quot; in French); stored plain (&quot;2.50&quot;). Lines were added, removed or edited (totals and messages should follow).</extracomment>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Duplicate line</source>
        <translation>Dupliquer la ligne</translation>
    </message>
    <message>
        <source>Edit line {n}</source>
        <translation>Modifier la ligne {n}</translation>
    </message>
    <message>
        <source>NSN</source>
        <translation>NNO</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <source>Unit price ({currency})</source>
        <translation>Prix unitaire ({currency})</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;About ACSA Desk</source>
        <translation>À &amp;propos d&apos;ACSA Desk</translation>
    </message>
    <message>
        <source>&amp;Backup…</source>
        <translation>&amp;Sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Database in use</source>
        <translation>&amp;Base de données utilisée</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Export finance CSV…</source>
        <translation>E&amp;xporter le CSV pour les finances…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Import orders…</source>
        <translation>&amp;Importer des commandes…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Nouvelle base de données…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>&amp;Open selected order</source>
        <translation>&amp;Ouvrir la commande choisie</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>ACSA Desk</source>
        <translation>ACSA Desk</translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Database in use</source>
        <translation>Base de données utilisée</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Base de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Import &amp;settlements…</source>
        <translation>Importer des &amp;règlements…</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>No database open</source>
        <translation>Aucune base de données ouverte</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Aucune base de données récente</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>Pages</source>
        <extracomment>Files that dropped on the window start the orders import assistant. Longer database paths are shortened in the middle in the status bar (full path: tooltip). Shortcuts where the platform defines no standard one (e.g. Quit on Windows). File &gt; New database…: the wiring asks where (dialogs.save_file) and creates it. File &gt; Open database…: the wiring asks which file (dialogs.open_file) and opens it. File &gt; Open recent &gt; a database. Argument: its Path. File &gt; Import orders… File &gt; Import settlements… File &gt; Export finance CSV… File &gt; Backup… Edit &gt; Find: the current page should focus its search box. Edit &gt; Preferences…: the wiring loads LedgerPreferences and calls PreferencesDialog.edit. Order &gt; New order… Order &gt; Open order Order &gt; a life-cycle step. Argument: its action name (&quot;sign&quot;, &quot;deliver&quot;...). Another page is shown. Argument: its PageId, or None for the welcome page. The window is closing (its state is already saved). An orders file (.csv, .xlsx, .ods) was dropped on the window. Argument: its Path. Pages made the first time they are needed (add_page_factory). Asked before the window closes: False keeps it open (DeskController.may_quit). Editors register their QUndoStack here (addStack / setActiveStack); Edit &gt; Undo and Redo follow the active stack. The marking of the ledger in view; dialogs&apos; banners follow it (ui/banner.py).</extracomment>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The database in use is:
{path}</source>
        <translation>La base de données utilisée est&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>Utilisateur&#xa0;: {login}</translation>
    </message>
    <message>
        <source>User: {login} ({officer})</source>
        <translation>Utilisateur&#xa0;: {login} ({officer})</translation>
    </message>
</context>
<context>
    <name>MarkingForm</name>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Releasable to (REL TO):</source>
        <translation>&amp;Communicable à (REL TO)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Scheme:</source>
        <translation>&amp;Système&#xa0;:</translation>
    </message>
    <message>
        <source>Ca&amp;veat:</source>
        <translation>&amp;Mise en garde&#xa0;:</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Foreign &amp;government information of:</source>
        <translation>Renseignements de &amp;gouvernements étrangers&#xa0;:</translation>
    </message>
    <message>
        <source>Handling marking (every screen, page and export)</source>
        <translation>Marquage de sécurité (chaque écran, page et exportation)</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Japon</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Affiché ainsi&#xa0;:</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>e.g. CAN, JPN</source>
        <translation>p. ex. CAN, JPN</translation>
    </message>
    <message>
        <source>e.g. JPN</source>
        <translation>p. ex. JPN</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>ACSA Desk</source>
        <extracomment>How long an information message stays in the status bar (milliseconds). A message to show now, always emitted in the bridge&apos;s (main) thread. Argument: Message.</extracomment>
        <translation>ACSA Desk</translation>
    </message>
    <message>
        <source>ACSA Desk: error</source>
        <translation>ACSA Desk&#xa0;: erreur</translation>
    </message>
    <message>
        <source>ACSA Desk: warning</source>
        <translation>ACSA Desk&#xa0;: avertissement</translation>
    </message>
</context>
<context>
    <name>NotifyFinanceDialog</name>
    <message>
        <source>Finance or revenue office</source>
        <translation>Bureau des finances ou des recettes</translation>
    </message>
    <message>
        <source>Notified on:</source>
        <translation>Avisé le :</translation>
    </message>
    <message>
        <source>Notify finance of the claim on order {number}</source>
        <translation>Aviser les finances de la créance de la commande {number}</translation>
    </message>
    <message>
        <source>Office notified:</source>
        <translation>Bureau avisé :</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>e.g. memo 2025-31</source>
        <translation>p. ex. note 2025-31</translation>
    </message>
</context>
<context>
    <name>OpenSealedDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>{file} is sealed (marked {marking}). Give its passphrase to open it; a copy is opened in a private folder and removed afterwards.</source>
        <translation>{file} est scellé (marqué {marking}). Donnez sa phrase de passe pour l&apos;ouvrir; une copie est ouverte dans un dossier privé, puis supprimée.</translation>
    </message>
</context>
<context>
    <name>OrderEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Funding reference:</source>
        <translation>Imputation &amp;budgétaire :</translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation>&amp;Numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>&amp;Commande</translation>
    </message>
    <message>
        <source>&amp;Order form…</source>
        <translation>&amp;Bon de commande…</translation>
    </message>
    <message>
        <source>&amp;Ordered on:</source>
        <translation>&amp;Commandé le&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Reload the order</source>
        <translation>&amp;Recharger la commande</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message numerus="yes">
        <source>(%n line(s) not counted)</source>
        <translation>
            <numerusform>(%n ligne non comptée)</numerusform>
            <numerusform>(%n lignes non comptées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more problem(s) marked in red)</source>
        <translation>
            <numerusform>(%n autre problème marqué en rouge)</numerusform>
            <numerusform>(%n autres problèmes marqués en rouge)</numerusform>
        </translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Before it can be signed, this order needs: {items}.</source>
        <translation>Avant de pouvoir être signée, cette commande doit comporter&#xa0;: {items}.</translation>
    </message>
    <message>
        <source>Billable {billable}   Settled {settled}   Outstanding {outstanding}</source>
        <translation>Facturable {billable}   Réglé {settled}   Solde dû {outstanding}</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <source>Cancel order…</source>
        <translation>Annuler la commande…</translation>
    </message>
    <message>
        <source>Close order…</source>
        <translation>Clore la commande…</translation>
    </message>
    <message>
        <source>D&amp;uplicate line</source>
        <translation>D&amp;upliquer la ligne</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Deli&amp;very place:</source>
        <translation>&amp;Lieu de livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Deliveries ({n})</source>
        <translation>Livraisons ({n})</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Livraison</translation>
    </message>
    <message>
        <source>Delivery (reversed)</source>
        <translation>Livraison (contrepassée)</translation>
    </message>
    <message>
        <source>Documents and claim</source>
        <translation>Pièces et réclamation</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Modifier&#xa0;: {field}</translation>
    </message>
    <message>
        <source>Entered by {who}; last changed by {changed} at {at} UTC.</source>
        <translation>Saisie par {who}; dernière modification par {changed} le {at} UTC.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>History ({n})</source>
        <translation>Historique ({n})</translation>
    </message>
    <message>
        <source>Invoice: {text}</source>
        <translation>Facture&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>New order</source>
        <extracomment>The life-cycle steps, in the order their buttons appear. Header fields in undo-command order (their index makes the command&apos;s merge id).</extracomment>
        <translation>Nouvelle commande</translation>
    </message>
    <message>
        <source>Not ready for signature: correct the fields and lines marked in red first.</source>
        <translation>Pas prête pour la signature : corrigez d’abord les champs et les lignes marqués en rouge.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Pas encore enregistrée.</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Non enregistrée&#xa0;: corrigez les champs marqués en rouge.</translation>
    </message>
    <message>
        <source>Not saved: {reason}</source>
        <extracomment>Marks the message bar while it shows a draft&apos;s refusal (cleared when fixed).</extracomment>
        <translation>Non enregistrée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Non signée.</translation>
    </message>
    <message>
        <source>Notify finance…</source>
        <translation>Aviser les finances…</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Order &amp;form…</source>
        <translation>&amp;Bon de commande…</translation>
    </message>
    <message>
        <source>Order lines</source>
        <translation>Lignes de la commande</translation>
    </message>
    <message>
        <source>Order not saved</source>
        <translation>Commande non enregistrée</translation>
    </message>
    <message>
        <source>Order {number}</source>
        <translation>Commande {number}</translation>
    </message>
    <message>
        <source>Order {number} does not allow &apos;{action}&apos; now</source>
        <extracomment>The order was saved. Argument: its id. The editor shows the ledger&apos;s current state of the order (after open, save or a step). A life-cycle step was recorded. Argument: its action name (&quot;sign&quot;, &quot;deliver&quot;...).</extracomment>
        <translation>La commande {number} ne permet pas «&#xa0;{action}&#xa0;» pour le moment</translation>
    </message>
    <message>
        <source>Order {number} entered</source>
        <translation>Commande {number} saisie</translation>
    </message>
    <message>
        <source>Order {number} saved</source>
        <translation>Commande {number} enregistrée</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone :</translation>
    </message>
    <message>
        <source>Partner&apos;s number:</source>
        <translation>N° du partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Preview, save or print the order form</source>
        <translation>Aperçu, enregistrement ou impression du bon de commande</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Raise invoice…</source>
        <translation>Établir la facture…</translation>
    </message>
    <message>
        <source>Re&amp;quired by:</source>
        <translation>Re&amp;quis pour le&#xa0;:</translation>
    </message>
    <message>
        <source>Read the order as it is now in the ledger (your unsaved edits are dropped)</source>
        <translation>Relire la commande telle qu’elle est maintenant dans le registre (vos modifications non enregistrées sont abandonnées)</translation>
    </message>
    <message>
        <source>Read-only: only a requested order is edited; later changes are new entries.</source>
        <translation>Lecture seule&#xa0;: seule une commande demandée se modifie; les changements ultérieurs sont de nouvelles écritures.</translation>
    </message>
    <message>
        <source>Ready for signature: nothing required is missing.</source>
        <translation>Prête pour la signature&#xa0;: rien d&apos;obligatoire ne manque.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Receipt: {text}</source>
        <translation>Réception&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Record delivery…</source>
        <translation>Enregistrer une livraison…</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>Enregistrer la réception…</translation>
    </message>
    <message>
        <source>Record settlement…</source>
        <translation>Enregistrer un règlement…</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Enregistré par</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Requesting &amp;unit:</source>
        <translation>&amp;Unité requérante&#xa0;:</translation>
    </message>
    <message>
        <source>Requesting contact:</source>
        <translation>Contact demandeur :</translation>
    </message>
    <message>
        <source>Reversal of an earlier delivery</source>
        <translation>Contrepassation d&apos;une livraison antérieure</translation>
    </message>
    <message>
        <source>Reversal of an earlier settlement</source>
        <translation>Contrepassation d&apos;un règlement antérieur</translation>
    </message>
    <message>
        <source>Reverse an entry…</source>
        <translation>Contrepasser une écriture…</translation>
    </message>
    <message>
        <source>Save changes?</source>
        <translation>Enregistrer les modifications?</translation>
    </message>
    <message>
        <source>Save order</source>
        <translation>Enregistrer la commande</translation>
    </message>
    <message>
        <source>Settle&amp;ment:</source>
        <translation>Règle&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Règlement</translation>
    </message>
    <message>
        <source>Settlement (reversed)</source>
        <translation>Règlement (contrepassé)</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>Settlements ({n})</source>
        <translation>Règlements ({n})</translation>
    </message>
    <message>
        <source>Signed {date} by {ordering} (ordering) and {issuing} (issuing).</source>
        <translation>Signée le {date} par {ordering} (commande) et {issuing} (fourniture).</translation>
    </message>
    <message>
        <source>Sign…</source>
        <translation>Signer…</translation>
    </message>
    <message>
        <source>Supp&amp;lying unit:</source>
        <translation>Unité &amp;fournisseuse&#xa0;:</translation>
    </message>
    <message>
        <source>Supplying contact:</source>
        <translation>Contact fournisseur :</translation>
    </message>
    <message>
        <source>The changes to order {number} have not been saved.</source>
        <translation>Les modifications de la commande {number} n’ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>The step could not be recorded because of an error in ACSA Desk; nothing was changed.</source>
        <translation>L&apos;étape n&apos;a pas pu être enregistrée en raison d&apos;une erreur d&apos;ACSA Desk; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This new order has not been saved.</source>
        <translation>Cette nouvelle commande n’a pas été enregistrée.</translation>
    </message>
    <message>
        <source>This order is not in the ledger now open; close this window.</source>
        <translation>Cette commande n&apos;est pas dans le registre actuellement ouvert; fermez cette fenêtre.</translation>
    </message>
    <message>
        <source>This order was changed elsewhere since you opened it; saving your edits will be refused. Undo them, or reload the order.</source>
        <translation>Cette commande a été modifiée ailleurs depuis que vous l’avez ouverte; l’enregistrement de vos modifications sera refusé. Annulez-les ou rechargez la commande.</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Total ordered: {total}</source>
        <translation>Total commandé&#xa0;: {total}</translation>
    </message>
    <message>
        <source>Total: enter a valid currency</source>
        <translation>Total&#xa0;: entrez une devise valide</translation>
    </message>
    <message>
        <source>Wait a moment: the order is being written.</source>
        <translation>Un instant&#xa0;: la commande est en cours d&apos;écriture.</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>Quand (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>date required</source>
        <translation>date requise</translation>
    </message>
    <message>
        <source>delivery place</source>
        <translation>lieu de livraison</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>e.g. +1 613 555 0100</source>
        <translation>p. ex. +1 613 555 0100</translation>
    </message>
    <message>
        <source>e.g. +81 3 1234 5678</source>
        <translation>p. ex. +81 3 1234 5678</translation>
    </message>
    <message>
        <source>e.g. CAN-JPN-25-0001</source>
        <translation>p. ex. CAN-JPN-25-0001</translation>
    </message>
    <message>
        <source>e.g. JPN</source>
        <translation>p. ex. JPN</translation>
    </message>
    <message>
        <source>e.g. JS Kirisame</source>
        <translation>p. ex. JS Kirisame</translation>
    </message>
    <message>
        <source>e.g. MV Asterix</source>
        <translation>p. ex. NM Asterix</translation>
    </message>
    <message>
        <source>e.g. Yokosuka, berth 4</source>
        <translation>p. ex. Yokosuka, poste 4</translation>
    </message>
    <message>
        <source>e.g. name@forces.gc.ca</source>
        <translation>p. ex. nom@forces.gc.ca</translation>
    </message>
    <message>
        <source>e.g. name@mod.go.jp</source>
        <translation>p. ex. nom@mod.go.jp</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>exercice</translation>
    </message>
    <message>
        <source>funding or accounting citation</source>
        <translation>référence budgétaire ou comptable</translation>
    </message>
    <message>
        <source>funding reference</source>
        <translation>imputation budgétaire</translation>
    </message>
    <message>
        <source>name and rank</source>
        <translation>nom et grade</translation>
    </message>
    <message>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <source>order date</source>
        <translation>date de commande</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partenaire</translation>
    </message>
    <message>
        <source>partner&apos;s number</source>
        <translation>numéro du partenaire</translation>
    </message>
    <message>
        <source>received {date} by {who}{condition}</source>
        <translation>reçue le {date} par {who}{condition}</translation>
    </message>
    <message>
        <source>requesting contact&apos;s e-mail</source>
        <translation>courriel du contact demandeur</translation>
    </message>
    <message>
        <source>requesting contact&apos;s phone</source>
        <translation>téléphone du contact demandeur</translation>
    </message>
    <message>
        <source>requesting point of contact</source>
        <translation>personne-ressource de l&apos;unité requérante</translation>
    </message>
    <message>
        <source>requesting unit</source>
        <translation>unité requérante</translation>
    </message>
    <message>
        <source>set</source>
        <translation>définir</translation>
    </message>
    <message>
        <source>settlement method</source>
        <translation>mode de règlement</translation>
    </message>
    <message>
        <source>supplying contact&apos;s e-mail</source>
        <translation>courriel du contact fournisseur</translation>
    </message>
    <message>
        <source>supplying contact&apos;s phone</source>
        <translation>téléphone du contact fournisseur</translation>
    </message>
    <message>
        <source>supplying point of contact</source>
        <translation>personne-ressource de l&apos;unité fournisseuse</translation>
    </message>
    <message>
        <source>supplying unit</source>
        <translation>unité fournisseuse</translation>
    </message>
    <message>
        <source>their own number, if known</source>
        <translation>leur propre numéro, s&apos;il est connu</translation>
    </message>
    <message>
        <source>{status} WITHOUT both officials&apos; signatures.</source>
        <translation>{status} SANS les signatures des deux responsables.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (see the red cells)</source>
        <translation>
            <numerusform>… et %n autre (voir les cellules en rouge)</numerusform>
            <numerusform>… et %n autres (voir les cellules en rouge)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderSteps</name>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>&amp;Annuler la commande…</translation>
    </message>
    <message>
        <source>&amp;Notify finance…</source>
        <translation>Aviser les &amp;finances…</translation>
    </message>
    <message>
        <source>&amp;Sign…</source>
        <extracomment>The steps in menu order, with their shortcut. Adding a step is one line here (and its dialog in steps.py, offered by services.orders.allowed_actions). The steps the order editor offers as actions (its toolbar and menus), in toolbar order.</extracomment>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>C&amp;lose order…</source>
        <translation>C&amp;lore la commande…</translation>
    </message>
    <message>
        <source>Raise &amp;invoice…</source>
        <translation>Établir la &amp;facture…</translation>
    </message>
    <message>
        <source>Re&amp;verse an entry…</source>
        <translation>Contre&amp;passer une écriture…</translation>
    </message>
    <message>
        <source>Record &amp;delivery…</source>
        <translation>Enregistrer une &amp;livraison…</translation>
    </message>
    <message>
        <source>Record &amp;receipt…</source>
        <translation>Enregistrer la &amp;réception…</translation>
    </message>
    <message>
        <source>Record se&amp;ttlement…</source>
        <translation>Enregistrer un règlemen&amp;t…</translation>
    </message>
</context>
<context>
    <name>OrdersPage</name>
    <message numerus="yes">
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n commande</numerusform>
            <numerusform>%n commandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to {path}, sealed.</source>
        <translation>
            <numerusform>%n commande écrite dans {path}, scellée.</numerusform>
            <numerusform>%n commandes écrites dans {path}, scellées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) written to {path}.</source>
        <translation>
            <numerusform>%n commande écrite dans {path}.</numerusform>
            <numerusform>%n commandes écrites dans {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n état</numerusform>
            <numerusform>%n états</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export this list…</source>
        <translation>&amp;Exporter cette liste…</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <extracomment>How long typing in the search box may pause before the list is queried (milliseconds). The name under which the table&apos;s column layout is remembered. The list was exported. Argument: the file&apos;s Path. The open order editors (answers context.events.open_order too).</extracomment>
        <translation>&amp;Nouvelle commande…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Delivered or later without both signatures</source>
        <translation>Livrées ou plus avancées sans les deux signatures</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>E&amp;xercice&#xa0;:</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <source>Export this list</source>
        <translation>Exporter cette liste</translation>
    </message>
    <message>
        <source>Only orders with an amount unpaid past the settlement deadline</source>
        <translation>Seulement les commandes dont un montant reste impayé au-delà du délai de règlement</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Orders an auditor would fault, and why (see Audit readiness)</source>
        <translation>Commandes qu&apos;un vérificateur relèverait, et pourquoi (voir Préparation à l&apos;audit)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Rea&amp;diness:</source>
        <translation>Pré&amp;paration :</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Retirer cette condition</translation>
    </message>
    <message>
        <source>Search number, unit or line description</source>
        <translation>Rechercher un numéro, une unité ou une description de ligne</translation>
    </message>
    <message>
        <source>Search orders</source>
        <translation>Rechercher des commandes</translation>
    </message>
    <message>
        <source>Several statuses</source>
        <translation>Plusieurs états</translation>
    </message>
    <message>
        <source>Several…</source>
        <translation>Plusieurs…</translation>
    </message>
    <message>
        <source>Show all orders again</source>
        <translation>Afficher de nouveau toutes les commandes</translation>
    </message>
    <message>
        <source>Show the orders in any of several statuses</source>
        <translation>Afficher les commandes dans l’un de plusieurs états</translation>
    </message>
    <message numerus="yes">
        <source>Showing %n selected order(s)</source>
        <translation>
            <numerusform>Affichage de %n commande choisie</numerusform>
            <numerusform>Affichage de %n commandes choisies</numerusform>
        </translation>
    </message>
    <message>
        <source>The orders shown, in their order, as CSV or XLSX</source>
        <translation>Les commandes affichées, dans leur ordre, en CSV ou XLSX</translation>
    </message>
    <message>
        <source>Totals of the orders listed — {totals}</source>
        <translation>Totaux des commandes affichées — {totals}</translation>
    </message>
    <message>
        <source>With exceptions</source>
        <translation>Avec anomalies</translation>
    </message>
    <message>
        <source>{currency}: billable {billable}, outstanding {outstanding}</source>
        <translation>{currency} : facturable {billable}, solde dû {outstanding}</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <source>Awaiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Billable</source>
        <translation>Facturable</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Les deux</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquante</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>The order&apos;s database id (int). The order&apos;s status code (str, e.g. &quot;signed&quot;). A money cell&apos;s amount in minor units (int); None in other columns. The whole OrderRow of the row. The order&apos;s readiness exception codes (a tuple; () when ready). The key of ``queries.SORTABLE`` each column sorts by (None: not sortable). Statuses in which an order should carry both signatures.</extracomment>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation>Commandé le</translation>
    </message>
    <message>
        <source>Ordered value</source>
        <translation>Valeur commandée</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Partner&apos;s number</source>
        <translation>N° du partenaire</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Whether both sides&apos; officials have signed the order</source>
        <extracomment>The filter or sort changed and the first page was loaded. Argument: the total count.</extracomment>
        <translation>Indique si les responsables des deux parties ont signé la commande</translation>
    </message>
    <message>
        <source>{status} without both officials&apos; signatures</source>
        <translation>{status} sans les signatures des deux responsables</translation>
    </message>
</context>
<context>
    <name>PageId</name>
    <message>
        <source>Agreements</source>
        <translation>Accords</translation>
    </message>
    <message>
        <source>Audit readiness</source>
        <translation>Préparation à la vérification</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Règlements</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show or hide the passphrase as it is typed</source>
        <translation>Afficher ou masquer la phrase de passe pendant la saisie</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>The {page} page is not available yet.</source>
        <translation>La page {page} n&apos;est pas encore disponible.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Rank:</source>
        <translation>&amp;Grade&#xa0;:</translation>
    </message>
    <message>
        <source>A new language shows the next time ACSA Desk starts.</source>
        <translation>Une nouvelle langue s&apos;affiche au prochain démarrage d&apos;ACSA Desk.</translation>
    </message>
    <message>
        <source>A&amp;ppointment:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Default &amp;currency (ISO code):</source>
        <translation>&amp;Devise par défaut (code ISO)&#xa0;:</translation>
    </message>
    <message>
        <source>Enter three letters, e.g. CAD or JPY.</source>
        <translation>Entrez trois lettres, p. ex. CAD ou JPY.</translation>
    </message>
    <message>
        <source>Enter three letters, e.g. CAN or JPN.</source>
        <translation>Entrez trois lettres, p. ex. CAN ou JPN.</translation>
    </message>
    <message>
        <source>Home &amp;nation (ISO code):</source>
        <translation>Pa&amp;ys d&apos;origine (code ISO)&#xa0;:</translation>
    </message>
    <message>
        <source>Home &amp;unit:</source>
        <translation>&amp;Unité d&apos;attache&#xa0;:</translation>
    </message>
    <message>
        <source>Preferences</source>
        <extracomment>The ledger&apos;s handling marking (None: the one ``banner`` stands for) and its schemes.</extracomment>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>This ledger (shared by everyone using the database)</source>
        <translation>Ce registre (commun à tous les utilisateurs de la base de données)</translation>
    </message>
    <message>
        <source>Users of this ledger</source>
        <translation>Utilisateurs de ce registre</translation>
    </message>
    <message>
        <source>You (for signature blocks)</source>
        <translation>Vous (pour les blocs de signature)</translation>
    </message>
    <message>
        <source>e.g. 1 Canadian Division</source>
        <translation>p. ex. 1re Division du Canada</translation>
    </message>
    <message>
        <source>e.g. Capt</source>
        <translation>p. ex. capt</translation>
    </message>
    <message>
        <source>e.g. Jane Doe</source>
        <translation>p. ex. Jeanne Tremblay</translation>
    </message>
    <message>
        <source>e.g. Logistics Officer</source>
        <translation>p. ex. officier de logistique</translation>
    </message>
    <message>
        <source>{code} is not an ISO 3166 country code.</source>
        <translation>{code} n&apos;est pas un code de pays ISO 3166.</translation>
    </message>
    <message>
        <source>{code} is not an ISO 4217 currency code.</source>
        <translation>{code} n&apos;est pas un code de devise ISO 4217.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>&amp;Languages:</source>
        <translation>&amp;Langues&#xa0;:</translation>
    </message>
    <message>
        <source>Building the document…</source>
        <translation>Création du document…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Order form {number}</source>
        <extracomment>The document is shown. Argument: its page count. Building it failed with an expected error. Argument: the message. A print job was sent. Argument: the number of pages printed.</extracomment>
        <translation>Bon de commande {number}</translation>
    </message>
    <message>
        <source>Settlement statement {partner}</source>
        <translation>Relevé de règlement {partner}</translation>
    </message>
</context>
<context>
    <name>Readiness</name>
    <message>
        <source>Awaiting approval</source>
        <translation>En attente d&apos;approbation</translation>
    </message>
    <message>
        <source>Claim late</source>
        <translation>Réclamation en retard</translation>
    </message>
    <message>
        <source>Could close, not closed</source>
        <translation>Pourrait être close, ne l&apos;est pas</translation>
    </message>
    <message>
        <source>Deadline within 60 days</source>
        <translation>Échéance dans 60 jours</translation>
    </message>
    <message>
        <source>Documents missing</source>
        <translation>Pièces manquantes</translation>
    </message>
    <message>
        <source>Finance not notified</source>
        <translation>Finances non avisées</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En souffrance</translation>
    </message>
    <message>
        <source>Required data missing</source>
        <translation>Données requises manquantes</translation>
    </message>
    <message>
        <source>Signatures missing</source>
        <translation>Signatures manquantes</translation>
    </message>
    <message>
        <source>⚠ {count}</source>
        <translation>⚠ {count} exception(s)</translation>
    </message>
    <message>
        <source>✓ ready</source>
        <translation>✓ prête</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message numerus="yes">
        <source>%n order(s) with exceptions as of {day}</source>
        <translation>
            <numerusform>%n commande avec exceptions au {day}</numerusform>
            <numerusform>%n commandes avec exceptions au {day}</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>All partners</source>
        <translation>Tous les partenaires</translation>
    </message>
    <message>
        <source>Audit readiness</source>
        <translation>Préparation à la vérification</translation>
    </message>
    <message>
        <source>CSV files</source>
        <translation>Fichiers CSV</translation>
    </message>
    <message>
        <source>Checking every order…</source>
        <translation>Vérification de chaque commande…</translation>
    </message>
    <message>
        <source>Double-click an exception to list its orders.</source>
        <translation>Double-cliquez sur une exception pour en voir les commandes.</translation>
    </message>
    <message>
        <source>Double-click an order to open it.</source>
        <translation>Double-cliquez sur une commande pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>E&amp;xception:</source>
        <translation>E&amp;xception&#xa0;:</translation>
    </message>
    <message>
        <source>Every exception</source>
        <translation>Toutes les exceptions</translation>
    </message>
    <message>
        <source>Exception</source>
        <translation>Exception</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Exceptions</translation>
    </message>
    <message>
        <source>Exceptions by kind</source>
        <translation>Exceptions par type</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Orders with exceptions</source>
        <translation>Commandes avec exceptions</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Solde dû</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>Documents PDF</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
    <message>
        <source>Save register as &amp;PDF…</source>
        <translation>Enregistrer le registre en &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the exceptions register</source>
        <translation>Enregistrer le registre des exceptions</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Enregistré&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>The register was not saved</source>
        <translation>Le registre n&apos;a pas été enregistré</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Cancel order {number}</source>
        <translation>Annuler la commande {number}</translation>
    </message>
    <message>
        <source>Close order {number}</source>
        <translation>Clore la commande {number}</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. requirement withdrawn</source>
        <translation>p. ex. besoin retiré</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Condition:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Received by:</source>
        <translation>Reçue par&#xa0;:</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçue le&#xa0;:</translation>
    </message>
    <message>
        <source>Record receipt of order {number}</source>
        <translation>Enregistrer la réception de la commande {number}</translation>
    </message>
    <message>
        <source>e.g. PO1 M. Gagnon</source>
        <translation>p. ex. m 1 M. Gagnon</translation>
    </message>
    <message>
        <source>e.g. complete, good condition</source>
        <translation>p. ex. complet, en bon état</translation>
    </message>
</context>
<context>
    <name>Reconciliation</name>
    <message>
        <source>Accepted</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Concordant</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>Contesté</translation>
    </message>
    <message>
        <source>Explained</source>
        <translation>Expliqué</translation>
    </message>
    <message>
        <source>Not in our ledger</source>
        <translation>Absent de notre registre</translation>
    </message>
    <message>
        <source>Not on their statement</source>
        <translation>Absent de leur relevé</translation>
    </message>
    <message>
        <source>billable</source>
        <translation>facturable</translation>
    </message>
    <message>
        <source>currency</source>
        <translation>devise</translation>
    </message>
    <message>
        <source>differences were {fields}</source>
        <translation>écarts précédents : {fields}</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>figures changed</source>
        <translation>montants modifiés</translation>
    </message>
    <message>
        <source>new since the last reconciliation</source>
        <translation>nouveau depuis le dernier rapprochement</translation>
    </message>
    <message>
        <source>partner&apos;s number</source>
        <translation>n° du partenaire</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>réglé</translation>
    </message>
    <message>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <source>there were no differences</source>
        <translation>aucun écart auparavant</translation>
    </message>
    <message>
        <source>was {state}</source>
        <translation>auparavant : {state}</translation>
    </message>
    <message>
        <source>was {state} ({fields})</source>
        <translation>auparavant : {state} ({fields})</translation>
    </message>
</context>
<context>
    <name>ReconciliationPage</name>
    <message>
        <source>&amp;Accept theirs</source>
        <translation>&amp;Accepter le leur</translation>
    </message>
    <message>
        <source>&amp;Dispute</source>
        <translation>&amp;Contester</translation>
    </message>
    <message>
        <source>&amp;Open their statement…</source>
        <translation>&amp;Ouvrir leur relevé…</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <extracomment>A reconciliation was saved or acted on. Argument: the reconciliation id.</extracomment>
        <translation>&amp;Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reconciliation statement…</source>
        <translation>État de &amp;rapprochement…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher&#xa0;:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Choose the partner first.</source>
        <translation>Choisissez d&apos;abord le partenaire.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Écarts</translation>
    </message>
    <message>
        <source>Differences and missing</source>
        <translation>Écarts et absents</translation>
    </message>
    <message>
        <source>E&amp;xplain</source>
        <translation>E&amp;xpliquer</translation>
    </message>
    <message>
        <source>Not acted on yet</source>
        <translation>Sans suite encore</translation>
    </message>
    <message>
        <source>Not reconciled yet. Open the partner&apos;s statement to compare it with our ledger.</source>
        <translation>Pas encore rapproché. Ouvrez le relevé du partenaire pour le comparer à notre registre.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Open the partner&apos;s statement</source>
        <translation>Ouvrir le relevé du partenaire</translation>
    </message>
    <message>
        <source>Our billable</source>
        <translation>Notre facturable</translation>
    </message>
    <message>
        <source>Our number</source>
        <translation>Notre n°</translation>
    </message>
    <message>
        <source>Our settled</source>
        <translation>Notre réglé</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>Partner statement (CSV)</source>
        <translation>Relevé du partenaire (CSV)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprocher</translation>
    </message>
    <message>
        <source>Reconcile the partner&apos;s statement (CSV) with our ledger and save the reconciliation</source>
        <translation>Rapprocher le relevé du partenaire (CSV) de notre registre et enregistrer le rapprochement</translation>
    </message>
    <message>
        <source>Reconciliation</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>Reconciliation #{id} of {f}, saved by {by} on {at} UTC: {a} agreed, {d} differ, {t} not on their statement, {o} not in our ledger.</source>
        <translation>Rapprochement n° {id} de {f}, enregistré par {by} le {at} UTC&#xa0;: {a} concordants, {d} écarts, {t} absents de leur relevé, {o} absents de notre registre.</translation>
    </message>
    <message>
        <source>Reconciliation statement</source>
        <translation>État de rapprochement</translation>
    </message>
    <message>
        <source>Reconciliation statement saved to {p}</source>
        <translation>État de rapprochement enregistré dans {p}</translation>
    </message>
    <message>
        <source>Save the reconciliation statement</source>
        <translation>Enregistrer l&apos;état de rapprochement</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Depuis la dernière fois</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Statement not read</source>
        <translation>Relevé non lu</translation>
    </message>
    <message>
        <source>Statement {f} reconciled and saved.</source>
        <translation>Relevé {f} rapproché et enregistré.</translation>
    </message>
    <message>
        <source>Their billable</source>
        <translation>Leur facturable</translation>
    </message>
    <message>
        <source>Their figure is right: record their number, or correct our settled amount (a reversal and a new entry)</source>
        <translation>Leur chiffre est juste&#xa0;: enregistrer leur numéro, ou corriger notre montant réglé (une contrepassation et une nouvelle écriture)</translation>
    </message>
    <message>
        <source>Their number</source>
        <translation>Leur n°</translation>
    </message>
    <message>
        <source>Their settled</source>
        <translation>Leur réglé</translation>
    </message>
    <message>
        <source>e.g. their delivery date differs; our proof of delivery attached</source>
        <translation>p. ex. leur date de livraison diffère; notre preuve de livraison est jointe</translation>
    </message>
    <message>
        <source>{r} ({by})</source>
        <translation>{r} ({by})</translation>
    </message>
</context>
<context>
    <name>ReverseDialog</name>
    <message>
        <source>Delivery of {date}: line {line}, {quantity} {unit} ({amount})</source>
        <translation>Livraison du {date}&#xa0;: ligne {line}, {quantity} {unit} ({amount})</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>Écriture&#xa0;:</translation>
    </message>
    <message>
        <source>Nothing to reverse: no delivery or settlement is on record.</source>
        <translation>Rien à contrepasser&#xa0;: aucune livraison ni aucun règlement n&apos;est enregistré.</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reverse an entry of order {number}</source>
        <translation>Contrepasser une écriture de la commande {number}</translation>
    </message>
    <message>
        <source>Settlement of {date}: {method}, {amount}</source>
        <translation>Règlement du {date}&#xa0;: {method}, {amount}</translation>
    </message>
    <message>
        <source>choose the entry to reverse</source>
        <translation>choisissez l&apos;écriture à contrepasser</translation>
    </message>
    <message>
        <source>why the entry was wrong</source>
        <translation>pourquoi l&apos;écriture était erronée</translation>
    </message>
</context>
<context>
    <name>SealDialog</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>&amp;Seal the file (AES-256-GCM; saved as .acsa)</source>
        <translation>&amp;Sceller le fichier (AES-256-GCM; enregistré en .acsa)</translation>
    </message>
    <message>
        <source>Also for partner offices:</source>
        <translation>Aussi pour les bureaux partenaires :</translation>
    </message>
    <message>
        <source>Long enough. Longer is stronger: several words are easy to remember.</source>
        <translation>Assez longue. Plus longue est plus sûre : plusieurs mots se retiennent facilement.</translation>
    </message>
    <message>
        <source>Long: a strong passphrase. Keep it apart from the file.</source>
        <translation>Longue : une phrase de passe solide. Gardez-la à part du fichier.</translation>
    </message>
    <message>
        <source>Save unsealed</source>
        <translation>Enregistrer sans sceller</translation>
    </message>
    <message>
        <source>Seal and save</source>
        <translation>Sceller et enregistrer</translation>
    </message>
    <message>
        <source>Sealed for the partner offices ticked (no passphrase).</source>
        <translation>Scellé pour les bureaux partenaires cochés (sans phrase de passe).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
    <message>
        <source>Too short: a passphrase has at least {min} characters ({missing} more).</source>
        <translation>Trop courte : une phrase de passe a au moins {min} caractères (encore {missing}).</translation>
    </message>
    <message>
        <source>{file} is marked {marking}. A file marked above UNCLASSIFIED should leave this machine sealed: encrypted, opened only with the passphrase or a partner office&apos;s key.</source>
        <translation>{file} est marqué {marking}. Un fichier marqué au-dessus d&apos;UNCLASSIFIED devrait quitter ce poste scellé : chiffré, ouvert seulement avec la phrase de passe ou la clé d&apos;un bureau partenaire.</translation>
    </message>
    <message>
        <source>{file} is marked {marking}. This ledger&apos;s policy seals this file: it is written encrypted and opens only with the passphrase or a partner office&apos;s key.</source>
        <translation>{file} est marqué {marking}. La politique de ce registre scelle ce fichier : il est écrit chiffré et ne s&apos;ouvre qu&apos;avec la phrase de passe ou la clé d&apos;un bureau partenaire.</translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>&apos;{backups}&apos; is not one of {join}</source>
        <translation>«&#xa0;{backups}&#xa0;» n’est pas l’une des valeurs {join}</translation>
    </message>
    <message>
        <source>&apos;{category}&apos; is not one of the 16 categories</source>
        <translation>«&#xa0;{category}&#xa0;» n&apos;est pas l&apos;une des 16 catégories</translation>
    </message>
    <message>
        <source>&apos;{cls}&apos; is not a level class ({names})</source>
        <translation>«&#xa0;{cls}&#xa0;» n&apos;est pas une classe de niveau ({names})</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency of payment (a metal or an accounting unit)</source>
        <translation>« {code} » n&apos;est pas une monnaie de paiement (un métal ou une unité de compte)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a known marking scheme</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un système de marquage connu</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a scheme code (2 to 8 lower-case letters)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de système (2 à 8 lettres minuscules)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-3 country code</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de pays ISO 3166-1 alpha-3</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 3166-1 alpha-3 country code (e.g. JPN)</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de pays ISO 3166-1 alpha-3 (p. ex. JPN)</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ISO 4217 currency code</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not one of the 16 category codes</source>
        <translation>«&#xa0;{code}&#xa0;» n&apos;est pas l&apos;un des 16 codes de catégorie</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a kind of document ({join})</source>
        <translation>« {kind} » n&apos;est pas un type de document ({join})</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not one of: {join}</source>
        <translation>«&#xa0;{method}&#xa0;» ne fait pas partie de&#xa0;: {join}</translation>
    </message>
    <message>
        <source>&apos;{mine}&apos; differs from row {first_row} of order {number} (&apos;{theirs}&apos;); an order&apos;s rows must agree</source>
        <translation>« {mine} » diffère de la ligne {first_row} de la commande {number} (« {theirs} ») ; les lignes d&apos;une commande doivent concorder</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a data element an order carries (known: {join})</source>
        <translation>« {name} » n&apos;est pas une donnée d&apos;une commande (connues&#xa0;: {join})</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a mapping name (letters, digits, spaces and - _ . ( ) #, at most 80)</source>
        <translation>« {name} » n’est pas un nom de correspondance (lettres, chiffres, espaces et - _ . ( ) #, au plus 80)</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a recipient name (letters, digits, - _ ., e.g. JPN-JMSDF)</source>
        <translation>«&#xa0;{name}&#xa0;» n’est pas un nom de destinataire (lettres, chiffres, - _ ., p. ex. JPN-JMSDF)</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not a level of the {name} scheme ({code}); its levels are {known}</source>
        <translation>«&#xa0;{term}&#xa0;» n&apos;est pas un niveau du système {name} ({code}); ses niveaux sont {known}</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is not a level term (1 to 40 characters, no /)</source>
        <translation>«&#xa0;{term}&#xa0;» n&apos;est pas un terme de niveau (1 à 40 caractères, sans /)</translation>
    </message>
    <message>
        <source>&apos;{text_value}&apos; is not a database URL</source>
        <translation>«&#xa0;{text_value}&#xa0;» n&apos;est pas une URL de base de données</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a NATO Stock Number (13 digits, NNNN-NN-NNN-NNNN)</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un numéro de nomenclature OTAN (13 chiffres, NNNN-NN-NNN-NNNN)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date written YYYY-MM-DD</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date écrite AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a decimal number</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un nombre décimal</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a language list such as en or en,ja</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une liste de langues comme en ou en,ja</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a plain decimal number such as 12 or 12.50 (at most 40 characters)</source>
        <translation>« {text} » n&apos;est pas un nombre décimal simple comme 12 ou 12.50 (40 caractères au plus)</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a real calendar date</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas une date réelle du calendrier</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of the 16 category codes</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas l&apos;un des 16 codes de catégorie</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: provided, received</source>
        <translation>«&#xa0;{text}&#xa0;» ne fait pas partie de&#xa0;: provided, received</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not one of: {join}</source>
        <translation>«&#xa0;{text}&#xa0;» ne fait pas partie de&#xa0;: {join}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: a document shows one language or two, not more</source>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: un document s&apos;affiche en une ou deux langues, pas davantage</translation>
    </message>
    <message>
        <source>&apos;{text}&apos;: the same language is given twice</source>
        <translation>«&#xa0;{text}&#xa0;»&#xa0;: la même langue est indiquée deux fois</translation>
    </message>
    <message>
        <source>&apos;{their_status}&apos; is not one of the order&apos;s stages here: explain or dispute it</source>
        <translation>« {their_status} » n&apos;est pas une étape de la commande ici : expliquez-le ou contestez-le</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is already on row {first}: one row per order</source>
        <translation>«&#xa0;{value}&#xa0;» figure déjà à la ligne {first}&#xa0;: une ligne par commande</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number</source>
        <translation>« {value} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{value}&apos;: &apos;//&apos; separates a marking&apos;s parts and cannot be in one</source>
        <translation>«&#xa0;{value}&#xa0;»&#xa0;: «&#xa0;//&#xa0;» sépare les parties d&apos;un marquage et ne peut pas figurer dans l&apos;une d&apos;elles</translation>
    </message>
    <message>
        <source>&apos;{value}...&apos; is longer than {max_text} characters</source>
        <translation>«&#xa0;{value}...&#xa0;» dépasse {max_text} caractères</translation>
    </message>
    <message>
        <source>&apos;{visible}&apos; contains {describe}: an identifier is printable ASCII (letters, digits, punctuation) without spaces</source>
        <translation>« {visible} » contient {describe} : un identifiant est en ASCII imprimable (lettres, chiffres, ponctuation), sans espace</translation>
    </message>
    <message>
        <source>&apos;{visible}&apos; has leading, trailing or double spaces</source>
        <translation>« {visible} » a des espaces au début, à la fin ou en double</translation>
    </message>
    <message>
        <source>--sheet is for .xlsx and .ods workbooks, not CSV files</source>
        <translation>--sheet vaut pour les classeurs .xlsx et .ods, pas pour les fichiers CSV</translation>
    </message>
    <message>
        <source>a delivery ({delivered_on}) cannot be dated before the order date ({ordered_on})</source>
        <translation>une livraison ({delivered_on}) ne peut être datée d&apos;avant la date de la commande ({ordered_on})</translation>
    </message>
    <message>
        <source>a designated official needs a name</source>
        <translation>un responsable désigné doit avoir un nom</translation>
    </message>
    <message>
        <source>a file name is at most 255 characters</source>
        <translation>un nom de fichier compte au plus 255 caractères</translation>
    </message>
    <message>
        <source>a login has at most {max_login} characters</source>
        <translation>un identifiant a au plus {max_login} caractères</translation>
    </message>
    <message>
        <source>a note is at most 400 characters</source>
        <translation>une note compte au plus 400 caractères</translation>
    </message>
    <message>
        <source>a passphrase has at least {min_length} characters</source>
        <translation>une phrase de passe a au moins {min_length} caractères</translation>
    </message>
    <message>
        <source>a passphrase has at least {min_passphrase} characters</source>
        <translation>une phrase de passe compte au moins {min_passphrase} caractères</translation>
    </message>
    <message>
        <source>a rate must be more than 0</source>
        <translation>un taux doit être supérieur à 0</translation>
    </message>
    <message>
        <source>a rate needs two different currencies</source>
        <translation>un taux exige deux devises différentes</translation>
    </message>
    <message>
        <source>a reason is at most 400 characters</source>
        <translation>une raison a au plus 400 caractères</translation>
    </message>
    <message>
        <source>a reversal cannot itself be reversed; enter it again</source>
        <translation>une contrepassation ne peut pas elle-même être contrepassée; saisissez l&apos;écriture de nouveau</translation>
    </message>
    <message>
        <source>a scheme needs at least one level</source>
        <translation>un système doit compter au moins un niveau</translation>
    </message>
    <message>
        <source>a scheme&apos;s level terms must differ</source>
        <translation>les termes de niveau d&apos;un système doivent être différents</translation>
    </message>
    <message>
        <source>a settlement ({settled_on}) cannot be dated before order {number}&apos;s invoice ({invoiced_on})</source>
        <translation>un règlement ({settled_on}) ne peut être daté d&apos;avant la facture de la commande {number} ({invoiced_on})</translation>
    </message>
    <message>
        <source>a settlement amount must be more than 0</source>
        <translation>le montant d&apos;un règlement doit être supérieur à 0</translation>
    </message>
    <message>
        <source>a status word is at most 40 characters</source>
        <translation>un mot d&apos;état compte au plus 40 caractères</translation>
    </message>
    <message>
        <source>a user needs a login name</source>
        <translation>un utilisateur doit avoir un identifiant</translation>
    </message>
    <message>
        <source>a {base}/{quote} rate of {on_date} from {source} is already recorded; rates are not overwritten</source>
        <translation>un taux {base}/{quote} du {on_date} provenant de {source} est déjà enregistré; les taux ne sont pas écrasés</translation>
    </message>
    <message>
        <source>activity type must be one of: {kinds}</source>
        <translation>le type d&apos;activité doit être l&apos;un de&#xa0;: {kinds}</translation>
    </message>
    <message>
        <source>add at least one line</source>
        <translation>ajoutez au moins une ligne</translation>
    </message>
    <message>
        <source>admin init and admin add-user are for PostgreSQL ledgers; on SQLite use &apos;acsa-desk user add&apos;</source>
        <translation>admin init et admin add-user sont pour les registres PostgreSQL; sur SQLite, utilisez « acsa-desk user add »</translation>
    </message>
    <message>
        <source>already approved by {approved_by}</source>
        <translation>déjà approuvé par {approved_by}</translation>
    </message>
    <message>
        <source>already withdrawn by {withdrawn_by}: {reason}</source>
        <translation>déjà retiré par {withdrawn_by}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>an agreement reference is at most 200 characters</source>
        <translation>une référence d&apos;accord compte au plus 200 caractères</translation>
    </message>
    <message>
        <source>an auditor reads the ledger and changes nothing</source>
        <translation>un vérificateur lit le registre et ne change rien</translation>
    </message>
    <message>
        <source>an exercise named &apos;{name}&apos; already exists</source>
        <translation>un exercice nommé «&#xa0;{name}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>an exercise needs a name</source>
        <translation>un exercice doit avoir un nom</translation>
    </message>
    <message>
        <source>an order cannot be signed before it was ordered</source>
        <translation>une commande ne peut pas être signée avant sa date de commande</translation>
    </message>
    <message>
        <source>an order number is at most {max_number_length} characters</source>
        <translation>un numéro de commande compte au plus {max_number_length} caractères</translation>
    </message>
    <message>
        <source>an order numbered &apos;{number}&apos; already exists</source>
        <translation>une commande portant le numéro «&#xa0;{number}&#xa0;» existe déjà</translation>
    </message>
    <message>
        <source>an order with deliveries cannot be cancelled: reverse the deliveries first</source>
        <translation>une commande comportant des livraisons ne peut pas être annulée&#xa0;: contrepassez d&apos;abord les livraisons</translation>
    </message>
    <message>
        <source>anchor {anchor}: entry {count} now has another hash: the history up to it was rewritten</source>
        <translation>ancre {anchor} : l&apos;entrée {count} a maintenant une autre empreinte : l&apos;historique jusqu&apos;à elle a été réécrit</translation>
    </message>
    <message>
        <source>anchor {anchor}: not the anchor of an empty ledger</source>
        <translation>ancre {anchor} : ce n&apos;est pas l&apos;ancre d&apos;un registre vide</translation>
    </message>
    <message>
        <source>anchor {anchor}: the log has no entry {count} (it ends at entry {last}): the history was cut short</source>
        <translation>ancre {anchor} : le journal n&apos;a pas d&apos;entrée {count} (il s&apos;arrête à l&apos;entrée {last}) : l&apos;historique a été tronqué</translation>
    </message>
    <message>
        <source>attachment {document} does not match its SHA-256: the ledger was altered</source>
        <translation>la pièce jointe {document} ne correspond pas à son SHA-256&#xa0;: le registre a été modifié</translation>
    </message>
    <message>
        <source>backups to another folder are sealed: give a passphrase (--passphrase-file or ACSA_DESK_PASSPHRASE) or a recipient (--recipient NAME)</source>
        <translation>les sauvegardes vers un autre dossier sont scellées&#xa0;: donnez une phrase de passe (--passphrase-file ou ACSA_DESK_PASSPHRASE) ou un destinataire (--recipient NOM)</translation>
    </message>
    <message>
        <source>cancel it and enter it again the other way round</source>
        <translation>annulez-la et saisissez-la de nouveau dans l&apos;autre sens</translation>
    </message>
    <message>
        <source>cannot accept their currency {currency} for order {number}: its unit prices are in {currency2}; {todo}</source>
        <translation>impossible d&apos;accepter leur devise {currency} pour la commande {number} : ses prix unitaires sont en {currency2} ; {todo}</translation>
    </message>
    <message>
        <source>cannot accept their direction for order {number}: it is {status}, and once signed who supplied whom is part of the binding commitment; {todo}</source>
        <translation>impossible d&apos;accepter leur sens pour la commande {number} : elle est à l&apos;état {status}, et une fois signée, qui a fourni qui fait partie de l&apos;engagement ; {todo}</translation>
    </message>
    <message>
        <source>cannot accept {their} for order {number}: {message}</source>
        <translation>impossible d&apos;accepter {their} pour la commande {number} : {message}</translation>
    </message>
    <message>
        <source>cannot combine {currency} with {currency2}: amounts are netted only within one currency</source>
        <translation>impossible de combiner {currency} et {currency2}&#xa0;: les montants ne se compensent que dans une même devise</translation>
    </message>
    <message>
        <source>cannot open the database {describe}: {orig}</source>
        <translation>impossible d&apos;ouvrir la base de données {describe}&#xa0;: {orig}</translation>
    </message>
    <message>
        <source>cannot read the anchors file {path}</source>
        <translation>impossible de lire le fichier d&apos;ancres {path}</translation>
    </message>
    <message>
        <source>cannot read the key file {path}</source>
        <translation>impossible de lire le fichier de clé {path}</translation>
    </message>
    <message>
        <source>cannot read the ledger key {path}: {strerror}</source>
        <translation>impossible de lire la clé du registre {path} : {strerror}</translation>
    </message>
    <message>
        <source>cannot sign order {number}: it is {status}; only a requested order, or imported history without signatures, is signed</source>
        <translation>impossible de signer la commande {number} : elle est {status} ; seule une commande demandée, ou un historique importé sans signatures, se signe</translation>
    </message>
    <message>
        <source>cannot {action} order {number}: it is {status} (allowed when {names})</source>
        <translation>impossible d&apos;effectuer «&#xa0;{action}&#xa0;» sur la commande {number}&#xa0;: elle est à l&apos;état {status} (permis à l&apos;état&#xa0;: {names})</translation>
    </message>
    <message>
        <source>choose a category</source>
        <translation>choisissez une catégorie</translation>
    </message>
    <message>
        <source>choose a valid currency first: the price&apos;s decimals depend on it</source>
        <translation>choisissez d&apos;abord une devise valide&#xa0;: les décimales du prix en dépendent</translation>
    </message>
    <message>
        <source>choose the exercise or operation the order belongs to</source>
        <translation>choisissez l&apos;exercice ou l&apos;opération dont relève la commande</translation>
    </message>
    <message>
        <source>close it in the order window</source>
        <translation>close-la dans la fenêtre de la commande</translation>
    </message>
    <message>
        <source>contains {describe}, which is not allowed in text</source>
        <translation>contient {describe}, ce qui n&apos;est pas permis dans un texte</translation>
    </message>
    <message>
        <source>direction must be &apos;provided&apos; or &apos;received&apos;</source>
        <translation>le sens doit être «&#xa0;provided&#xa0;» (fourni) ou «&#xa0;received&#xa0;» (reçu)</translation>
    </message>
    <message>
        <source>dispute or explain it (deliveries and settlements stand on this direction)</source>
        <translation>contestez-le ou expliquez-le (les livraisons et règlements reposent sur ce sens)</translation>
    </message>
    <message>
        <source>dispute or explain it (once signed, the currency is part of the commitment)</source>
        <translation>contestez-le ou expliquez-le (une fois signée, la devise fait partie de l&apos;engagement)</translation>
    </message>
    <message>
        <source>enter its prices in {currency} in the order editor (a requested order can still be edited)</source>
        <translation>saisissez ses prix en {currency} dans l&apos;éditeur de commande (une commande demandée peut encore être modifiée)</translation>
    </message>
    <message>
        <source>enter the currency (ISO 4217, e.g. CAD or JPY)</source>
        <translation>entrez la devise (ISO 4217, p. ex. CAD ou JPY)</translation>
    </message>
    <message>
        <source>enter the order date</source>
        <translation>entrez la date de commande</translation>
    </message>
    <message>
        <source>enter the partner nation (ISO 3166-1 alpha-3, e.g. JPN)</source>
        <translation>entrez le pays partenaire (ISO 3166-1 alpha-3, p. ex. JPN)</translation>
    </message>
    <message>
        <source>enter the quantity delivered on at least one line</source>
        <translation>entrez la quantité livrée sur au moins une ligne</translation>
    </message>
    <message>
        <source>every backup is sealed (--backups always): a backup key is needed; set another policy first</source>
        <translation>toute sauvegarde est scellée (--backups always) : une clé de sauvegarde est nécessaire; choisissez d&apos;abord une autre politique</translation>
    </message>
    <message>
        <source>every backup of this ledger is sealed, but its backup key is not set: name it (`protection set --backup-key NAME`); no backup was written</source>
        <translation>toute sauvegarde de ce registre est scellée, mais sa clé de sauvegarde n&apos;est pas fixée : nommez-la (`protection set --backup-key NOM`); aucune sauvegarde n&apos;a été écrite</translation>
    </message>
    <message>
        <source>finance cannot be notified before the claim was raised ({isoformat})</source>
        <translation>les finances ne peuvent être avisées avant l&apos;émission de la réclamation ({isoformat})</translation>
    </message>
    <message>
        <source>folder {folder} does not exist</source>
        <translation>le dossier {folder} n&apos;existe pas</translation>
    </message>
    <message>
        <source>folder {parent} does not exist</source>
        <translation>le dossier {parent} n&apos;existe pas</translation>
    </message>
    <message>
        <source>four eyes: {shown} entered {subject}, so another officer must {verb} it: {hint}</source>
        <translation>quatre yeux : {shown} a saisi {subject}, un autre officier doit donc le faire ({verb}) : {hint}</translation>
    </message>
    <message>
        <source>give the reason for your decision (it is recorded)</source>
        <translation>donnez le motif de votre décision (il est enregistré)</translation>
    </message>
    <message>
        <source>has more than {max_quantity_decimals} decimals</source>
        <translation>a plus de {max_quantity_decimals} décimales</translation>
    </message>
    <message>
        <source>has no sheet named &apos;{sheet}&apos; (its sheets: {join})</source>
        <translation>n’a pas de feuille nommée « {sheet} » (ses feuilles : {join})</translation>
    </message>
    <message>
        <source>has {len} cells but the header has {len2} columns</source>
        <translation>compte {len} cellules alors que l&apos;en-tête a {len2} colonnes</translation>
    </message>
    <message>
        <source>has {value} or more cells but the header has {width} columns</source>
        <translation>a {value} cellules ou plus, mais l’en-tête a {width} colonnes</translation>
    </message>
    <message>
        <source>is above the largest amount the ledger holds (10^15 minor units)</source>
        <translation>dépasse le plus grand montant que le registre admet (10^15 unités mineures)</translation>
    </message>
    <message>
        <source>is above the largest quantity the ledger holds ({max_quantity_digits} digits)</source>
        <translation>dépasse la plus grande quantité que le registre admet ({max_quantity_digits} chiffres)</translation>
    </message>
    <message>
        <source>is empty but required</source>
        <translation>est vide alors qu&apos;elle est obligatoire</translation>
    </message>
    <message>
        <source>is not a partner statement</source>
        <translation>n&apos;est pas un relevé du partenaire</translation>
    </message>
    <message>
        <source>is not a readable {upper} workbook ({exc})</source>
        <translation>n’est pas un classeur {upper} lisible ({exc})</translation>
    </message>
    <message>
        <source>is not valid CSV ({exc})</source>
        <translation>n&apos;est pas un CSV valide ({exc})</translation>
    </message>
    <message>
        <source>is required when delivered_quantity is more than 0</source>
        <translation>est obligatoire quand delivered_quantity est supérieure à 0</translation>
    </message>
    <message>
        <source>is {len} characters long; at most {max_length}</source>
        <translation>compte {len} caractères ; au plus {max_length}</translation>
    </message>
    <message>
        <source>it is {value} and their {value2} needs the next step first: {todo}, then accept again</source>
        <translation>elle est à l&apos;état {value} et leur état {value2} demande d&apos;abord l&apos;étape suivante : {todo}, puis acceptez de nouveau</translation>
    </message>
    <message>
        <source>it is {value}, and an order&apos;s life does not go back to {value2} (only a reversed delivery or settlement does): dispute or explain it</source>
        <translation>elle est à l&apos;état {value}, et la vie d&apos;une commande ne revient pas à {value2} (seule une livraison ou un règlement contrepassé le fait) : contestez-le ou expliquez-le</translation>
    </message>
    <message>
        <source>it is {value}: an order with deliveries is not cancelled (reverse them first), so dispute or explain it</source>
        <translation>elle est à l&apos;état {value} : une commande livrée n&apos;est pas annulée (contrepassez d&apos;abord les livraisons) ; contestez-le ou expliquez-le</translation>
    </message>
    <message>
        <source>line {line_no}: a delivered quantity cannot be negative; reverse the wrong delivery instead</source>
        <translation>ligne {line_no}&#xa0;: une quantité livrée ne peut pas être négative; contrepassez plutôt la livraison erronée</translation>
    </message>
    <message>
        <source>line {line_no}: {message}</source>
        <translation>ligne {line_no}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>line {line_no}: {qty} {unit_of_issue} is more than the {left} still to deliver</source>
        <translation>ligne {line_no}&#xa0;: {qty} {unit_of_issue} dépasse les {left} qui restent à livrer</translation>
    </message>
    <message>
        <source>mapping {name} ({path}) is not a mapping of column names</source>
        <translation>la correspondance {name} ({path}) n’associe pas des noms de colonnes</translation>
    </message>
    <message>
        <source>mapping {name} could not be read: {exc}</source>
        <translation>la correspondance {name} n’a pas pu être lue : {exc}</translation>
    </message>
    <message>
        <source>mapping {name} could not be saved: {value}</source>
        <translation>la correspondance {name} n’a pas pu être enregistrée : {value}</translation>
    </message>
    <message>
        <source>mapping {name}: {unknown} is not a column of the orders import</source>
        <translation>correspondance {name} : {unknown} n’est pas une colonne de l’importation des commandes</translation>
    </message>
    <message>
        <source>name one exercise or one order</source>
        <translation>indiquez un exercice ou une commande</translation>
    </message>
    <message>
        <source>name the finance or revenue office notified</source>
        <translation>nommez le bureau des finances ou des recettes avisé</translation>
    </message>
    <message>
        <source>name who received the delivery</source>
        <translation>indiquez qui a reçu la livraison</translation>
    </message>
    <message>
        <source>no anchors file {path}</source>
        <translation>aucun fichier d&apos;ancres {path}</translation>
    </message>
    <message>
        <source>no attachment with id {attachment_id}</source>
        <translation>aucune pièce jointe no {attachment_id}</translation>
    </message>
    <message>
        <source>no backup file {backup_path}</source>
        <translation>aucun fichier de sauvegarde {backup_path}</translation>
    </message>
    <message>
        <source>no delivered quantity at our unit prices (fixed since signing) bills {amount} {currency}: dispute or explain it</source>
        <translation>aucune quantité livrée à nos prix unitaires (fixés à la signature) ne facture {amount} {currency} : contestez-le ou expliquez-le</translation>
    </message>
    <message>
        <source>no delivery with id {delivery_id}</source>
        <translation>aucune livraison portant l&apos;id {delivery_id}</translation>
    </message>
    <message>
        <source>no designated official with id {official_id}</source>
        <translation>aucun responsable désigné no {official_id}</translation>
    </message>
    <message>
        <source>no exercise named &apos;{exercise}&apos;</source>
        <translation>aucun exercice nommé «&#xa0;{exercise}&#xa0;»</translation>
    </message>
    <message>
        <source>no exercise named &apos;{name}&apos;</source>
        <translation>aucun exercice nommé «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>no exercise with id {exercise_id}</source>
        <translation>aucun exercice portant l&apos;id {exercise_id}</translation>
    </message>
    <message>
        <source>no import mapping named &apos;{name}&apos; (saved: {known})</source>
        <translation>aucune correspondance d’importation nommée « {name} » (enregistrées : {known})</translation>
    </message>
    <message>
        <source>no ledger at {existing}: the file does not exist (check --db; only a command that writes, such as an import or demo, creates a new ledger)</source>
        <translation>aucun registre à {existing} : le fichier n&apos;existe pas (vérifiez --db ; seule une commande qui écrit, comme une importation ou demo, crée un registre)</translation>
    </message>
    <message>
        <source>no order numbered &apos;{number}&apos;</source>
        <translation>aucune commande portant le numéro «&#xa0;{number}&#xa0;»</translation>
    </message>
    <message>
        <source>no order numbered &apos;{number}&apos; in the ledger</source>
        <translation>aucune commande portant le numéro «&#xa0;{number}&#xa0;» dans le registre</translation>
    </message>
    <message>
        <source>no order numbered &apos;{order_number}&apos;</source>
        <translation>aucune commande portant le numéro «&#xa0;{order_number}&#xa0;»</translation>
    </message>
    <message>
        <source>no order numbered &apos;{order}&apos;</source>
        <translation>aucune commande portant le numéro «&#xa0;{order}&#xa0;»</translation>
    </message>
    <message>
        <source>no order with id {order_id}</source>
        <translation>aucune commande portant l&apos;id {order_id}</translation>
    </message>
    <message>
        <source>no partner &apos;{code}&apos; in the ledger</source>
        <translation>aucun partenaire «&#xa0;{code}&#xa0;» dans le registre</translation>
    </message>
    <message>
        <source>no partner {code} in this ledger</source>
        <translation>aucun partenaire {code} dans ce registre</translation>
    </message>
    <message>
        <source>no recipient {missing} in this ledger (add it with `protection set --recipient NAME=PUBLIC_KEY`)</source>
        <translation>aucun destinataire {missing} dans ce registre (ajoutez-le avec `protection set --recipient NAME=PUBLIC_KEY`)</translation>
    </message>
    <message>
        <source>no recipient {name} in this ledger (add it with `protection set --recipient NAME=PUBLIC_KEY`)</source>
        <translation>aucun destinataire {name} dans ce registre (ajoutez-le avec `protection set --recipient NOM=CLÉ_PUBLIQUE`)</translation>
    </message>
    <message>
        <source>no reconciliation item {item_id}</source>
        <translation>aucun élément de rapprochement {item_id}</translation>
    </message>
    <message>
        <source>no reconciliation {reconciliation_id}</source>
        <translation>aucun rapprochement {reconciliation_id}</translation>
    </message>
    <message>
        <source>no registered user &apos;{login}&apos;: add the user first (Preferences &gt; Users, or acsa-desk user add)</source>
        <translation>aucun utilisateur inscrit « {login} » : ajoutez d&apos;abord l&apos;utilisateur (Préférences &gt; Utilisateurs, ou acsa-desk user add)</translation>
    </message>
    <message>
        <source>no settlement with id {settlement_id}</source>
        <translation>aucun règlement portant l&apos;id {settlement_id}</translation>
    </message>
    <message>
        <source>no {base}/{quote} exchange rate on or before {on_date}</source>
        <translation>aucun taux de change {base}/{quote} au {on_date} ou avant</translation>
    </message>
    <message>
        <source>nothing has been delivered, so there is nothing to bill</source>
        <translation>rien n&apos;a été livré&#xa0;: il n&apos;y a donc rien à facturer</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as your server login ({default}); connect as the other user instead of --as</source>
        <translation>sur PostgreSQL, vous agissez sous votre identifiant du serveur ({default}); connectez-vous comme l’autre utilisateur au lieu de --as</translation>
    </message>
    <message>
        <source>on PostgreSQL you act as your server login ({server}); connect as the other user instead of --as</source>
        <translation>sur PostgreSQL, vous agissez sous votre connexion au serveur ({server}) : connectez-vous en tant que l&apos;autre utilisateur au lieu de --as</translation>
    </message>
    <message>
        <source>only a difference on one of our orders can be accepted; an order missing on one side is explained or disputed (or entered in the order editor)</source>
        <translation>seul un écart sur une de nos commandes peut être accepté; une commande absente d’un côté est expliquée ou contestée (ou saisie dans l’éditeur de commande)</translation>
    </message>
    <message>
        <source>only an admin can change the agreements</source>
        <translation>seul un administrateur peut modifier les accords</translation>
    </message>
    <message>
        <source>order {number} ({format_plain} {currency}) is above {name}&apos;s authority limit of {format_plain2} {currency2} per order</source>
        <translation>la commande {number} ({format_plain} {currency}) dépasse la limite de {name} de {format_plain2} {currency2} par commande</translation>
    </message>
    <message>
        <source>order {number} already agrees with their figures (corrected since this reconciliation): reconcile again to see it agree</source>
        <translation>la commande {number} concorde déjà avec leurs chiffres (corrigée depuis ce rapprochement) : rapprochez de nouveau pour le constater</translation>
    </message>
    <message>
        <source>order {number} already carries both signatures</source>
        <translation>la commande {number} porte déjà les deux signatures</translation>
    </message>
    <message>
        <source>order {number} already exists in the ledger</source>
        <translation>la commande {number} existe déjà dans le registre</translation>
    </message>
    <message>
        <source>order {number} cannot be delivered before both sides have signed it</source>
        <translation>la commande {number} ne peut pas être livrée avant d&apos;avoir été signée par les deux parties</translation>
    </message>
    <message>
        <source>order {number} cannot be {action} while {waiting} settlement(s) await approval: an officer approves them first</source>
        <translation>la commande {number} ne peut pas être {action} tant que des règlements ({waiting}) attendent l’approbation : un officier les approuve d’abord</translation>
    </message>
    <message>
        <source>order {number} has no claim yet: raise the invoice before notifying finance</source>
        <translation>la commande {number} n&apos;a pas encore de réclamation&#xa0;: émettez la facture avant d&apos;aviser les finances</translation>
    </message>
    <message>
        <source>order {number} has no delivery on {isoformat}</source>
        <translation>la commande {number} n&apos;a aucune livraison le {isoformat}</translation>
    </message>
    <message>
        <source>order {number} has no delivery to acknowledge</source>
        <translation>la commande {number} n&apos;a aucune livraison dont accuser réception</translation>
    </message>
    <message>
        <source>order {number} has no delivery {delivery_id}</source>
        <translation>la commande {number} n&apos;a pas de livraison {delivery_id}</translation>
    </message>
    <message>
        <source>order {number} has no line with id {line_id}</source>
        <translation>la commande {number} n&apos;a pas de ligne portant l&apos;id {line_id}</translation>
    </message>
    <message>
        <source>order {number} has no receipt: invoice after it</source>
        <translation>la commande {number} n&apos;a pas de réception : facturez après celle-ci</translation>
    </message>
    <message>
        <source>order {number} has no settlement to reverse</source>
        <translation>la commande {number} n’a aucun règlement à annuler</translation>
    </message>
    <message>
        <source>order {number} has no settlement with reference or date &apos;{text}&apos;</source>
        <translation>la commande {number} n&apos;a aucun règlement de référence ou de date « {text} »</translation>
    </message>
    <message>
        <source>order {number} has no settlement {settlement_id}</source>
        <translation>la commande {number} n&apos;a pas de règlement {settlement_id}</translation>
    </message>
    <message>
        <source>order {number} has {len} settlements for &apos;{text}&apos; ({named}): name it by its reference</source>
        <translation>la commande {number} a {len} règlements pour « {text} » ({named}) : désignez-le par sa référence</translation>
    </message>
    <message>
        <source>order {number} is back at delivered after the delivery correction: record the receipt and raise the corrected invoice</source>
        <translation>la commande {number} est revenue à l&apos;état livrée après la correction de la livraison : enregistrez la réception et émettez la facture corrigée</translation>
    </message>
    <message>
        <source>order {number} is cancelled</source>
        <translation>la commande {number} est annulée</translation>
    </message>
    <message>
        <source>order {number} is settled by replacement in kind (rik), which is only for supplies, but {en} is a service</source>
        <translation>la commande {number} se règle par remplacement en nature (rik), réservé aux fournitures, mais {en} est un service</translation>
    </message>
    <message>
        <source>order {number} still has an amount outstanding</source>
        <translation>la commande {number} a encore un solde dû</translation>
    </message>
    <message>
        <source>order {number} was changed by {value} at {updated_at} UTC since you opened it; reload it and try again</source>
        <translation>la commande {number} a été modifiée par {value} le {updated_at} UTC depuis son ouverture; rechargez-la et réessayez</translation>
    </message>
    <message>
        <source>order {number} would bill {format_plain} {currency}, above the largest amount the ledger holds (10^15 minor units)</source>
        <translation>la commande {number} facturerait {format_plain} {currency}, au-delà du plus grand montant que le registre admet (10^15 unités mineures)</translation>
    </message>
    <message>
        <source>raise the invoice in the order window (its reference and date are needed)</source>
        <translation>émettez la facture dans la fenêtre de la commande (sa référence et sa date sont nécessaires)</translation>
    </message>
    <message>
        <source>receipt ({received_on}) cannot be dated before the delivery ({last_delivered_on})</source>
        <translation>la réception ({received_on}) ne peut être datée d&apos;avant la livraison ({last_delivered_on})</translation>
    </message>
    <message>
        <source>record the agreement with {partner_code} first</source>
        <translation>enregistrez d&apos;abord l&apos;accord avec {partner_code}</translation>
    </message>
    <message>
        <source>record the delivery in the order window (the quantities are needed)</source>
        <translation>enregistrez la livraison dans la fenêtre de la commande (les quantités sont nécessaires)</translation>
    </message>
    <message>
        <source>record the receipt in the order window (who received it is needed)</source>
        <translation>enregistrez la réception dans la fenêtre de la commande (le nom de qui l&apos;a reçue est nécessaire)</translation>
    </message>
    <message>
        <source>record the settlement that clears it (or accept their settled amount)</source>
        <translation>enregistrez le règlement qui la solde (ou acceptez leur montant réglé)</translation>
    </message>
    <message>
        <source>replacement in kind is only for supplies, and this order has services ({names})</source>
        <translation>le remplacement en nature est réservé aux fournitures, et cette commande comporte des services ({names})</translation>
    </message>
    <message>
        <source>required column is missing from the header</source>
        <translation>une colonne obligatoire manque dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>reversing this delivery would leave order {number} settled above its billable amount: reverse the settlement first</source>
        <translation>contrepasser cette livraison laisserait la commande {number} réglée au-delà de son montant facturable&#xa0;: contrepassez d&apos;abord le règlement</translation>
    </message>
    <message>
        <source>rotated backups are sealed for {name}: name another backup key before forgetting it</source>
        <translation>les sauvegardes automatiques sont scellées pour {name} : nommez une autre clé de sauvegarde avant de l&apos;oublier</translation>
    </message>
    <message>
        <source>rotated backups are taken without asking, so they are sealed for a key: name it first (--backup-key NAME)</source>
        <translation>les sauvegardes automatiques se font sans rien demander, elles sont donc scellées pour une clé : nommez-la d&apos;abord (--backup-key NOM)</translation>
    </message>
    <message>
        <source>run &apos;acsa-desk --db URL admin init&apos; first</source>
        <translation>exécutez d’abord « acsa-desk --db URL admin init »</translation>
    </message>
    <message>
        <source>say where the rate comes from (e.g. Bank of Canada)</source>
        <translation>indiquez la source du taux (p. ex. Banque du Canada)</translation>
    </message>
    <message>
        <source>say which registered user {strip} signs in as: a designated official signs as themself</source>
        <translation>indiquez sous quel utilisateur inscrit {strip} se connecte : un responsable désigné signe en son propre nom</translation>
    </message>
    <message>
        <source>say why the document is withdrawn</source>
        <translation>indiquez pourquoi le document est retiré</translation>
    </message>
    <message>
        <source>say why the entry is reversed</source>
        <translation>indiquez pourquoi l&apos;écriture est contrepassée</translation>
    </message>
    <message>
        <source>say why the order is cancelled</source>
        <translation>indiquez pourquoi la commande est annulée</translation>
    </message>
    <message>
        <source>say why the order is closed</source>
        <translation>indiquez pourquoi la commande est close</translation>
    </message>
    <message>
        <source>set your own passphrase first: once a ledger has two users, each proves who they are with one</source>
        <translation>définissez d’abord votre propre phrase de passe : dès qu’un registre a deux utilisateurs, chacun prouve son identité avec la sienne</translation>
    </message>
    <message>
        <source>settlement method must be cash, rik or eve</source>
        <translation>le mode de règlement doit être cash, rik ou eve</translation>
    </message>
    <message>
        <source>settlement {settlement_id} was approved by another officer a moment ago</source>
        <translation>le règlement {settlement_id} vient d’être approuvé par un autre officier</translation>
    </message>
    <message>
        <source>sign it in the order window (both officials&apos; names are needed)</source>
        <translation>signez-la dans la fenêtre de la commande (les noms des deux responsables sont nécessaires)</translation>
    </message>
    <message>
        <source>the action must be explain, accept or dispute</source>
        <translation>l’action doit être explain, accept ou dispute</translation>
    </message>
    <message>
        <source>the agreement cannot end before it comes into force</source>
        <translation>l&apos;accord ne peut prendre fin avant son entrée en vigueur</translation>
    </message>
    <message>
        <source>the agreement needs a reference</source>
        <translation>l&apos;accord doit avoir une référence</translation>
    </message>
    <message>
        <source>the authority limit per order must be more than 0</source>
        <translation>la limite par commande doit être supérieure à 0</translation>
    </message>
    <message>
        <source>the backup {backup_path} is damaged too ({problems})</source>
        <translation>la sauvegarde {backup_path} est elle aussi endommagée ({problems})</translation>
    </message>
    <message>
        <source>the claim days must be 1 to 365</source>
        <translation>le délai de réclamation doit être de 1 à 365 jours</translation>
    </message>
    <message>
        <source>the column appears twice in the header</source>
        <translation>la colonne figure deux fois dans l&apos;en-tête</translation>
    </message>
    <message>
        <source>the content of attachment {attachment_id} is missing</source>
        <translation>le contenu de la pièce jointe {attachment_id} est manquant</translation>
    </message>
    <message>
        <source>the database {describe} needs an upgrade</source>
        <translation>la base de données {describe} doit être mise à niveau</translation>
    </message>
    <message>
        <source>the database {describe} was made by a newer version of ACSA Desk (schema {current}); this program knows schemas up to {head}. Install the newer ACSA Desk to open it.</source>
        <translation>la base de données {describe} a été créée par une version plus récente d&apos;ACSA Desk (schéma {current}); ce programme connaît les schémas jusqu&apos;à {head}. Installez la version plus récente d&apos;ACSA Desk pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>the date required</source>
        <translation>la date requise</translation>
    </message>
    <message>
        <source>the date required cannot be before the order date</source>
        <translation>la date requise ne peut pas précéder la date de commande</translation>
    </message>
    <message>
        <source>the delivery place</source>
        <translation>le lieu de livraison</translation>
    </message>
    <message>
        <source>the description is missing</source>
        <translation>la description manque</translation>
    </message>
    <message>
        <source>the designation cannot end before it begins</source>
        <translation>la désignation ne peut prendre fin avant de commencer</translation>
    </message>
    <message>
        <source>the document needs a file name</source>
        <translation>le document doit avoir un nom de fichier</translation>
    </message>
    <message>
        <source>the exercise cannot end before it starts</source>
        <translation>l&apos;exercice ne peut pas se terminer avant de commencer</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header row</source>
        <translation>le fichier est vide&#xa0;: il lui faut une ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{byte})</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x{byte})</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (byte 0x{data})</source>
        <translation>le fichier n&apos;est pas du texte UTF-8 (octet 0x{data})</translation>
    </message>
    <message>
        <source>the handling banner is limited to 120 characters</source>
        <translation>le bandeau de marquage est limité à 120 caractères</translation>
    </message>
    <message>
        <source>the import&apos;s temporary file was cut short; nothing was imported</source>
        <translation>le fichier temporaire de l&apos;importation a été tronqué ; rien n&apos;a été importé</translation>
    </message>
    <message>
        <source>the invoice ({issued_on}) cannot be dated before the receipt ({received_on})</source>
        <translation>la facture ({issued_on}) ne peut être datée d&apos;avant la réception ({received_on})</translation>
    </message>
    <message>
        <source>the invoice or claim needs a reference</source>
        <translation>la facture ou la réclamation doit avoir une référence</translation>
    </message>
    <message>
        <source>the issuing official&apos;s name is missing</source>
        <translation>le nom du responsable de la fourniture manque</translation>
    </message>
    <message>
        <source>the ledger is marked in the {scheme} scheme; a part cannot be marked in {scheme2}</source>
        <translation>le registre est marqué selon le système {scheme}; une partie ne peut pas être marquée selon {scheme2}</translation>
    </message>
    <message>
        <source>the ledger would hold more than {max_ledger_total_minor} minor units billable in all (the largest total its balances and reports can add up)</source>
        <translation>le registre contiendrait plus de {max_ledger_total_minor} unités mineures facturables au total (le plus grand total que ses soldes et rapports peuvent additionner)</translation>
    </message>
    <message>
        <source>the ledger {ledger} is in use by another copy of ACSA Desk (a window or a command); close it first, then {what} again</source>
        <translation>le registre {ledger} est utilisé par une autre instance d&apos;ACSA Desk (une fenêtre ou une commande) ; fermez-la d&apos;abord, puis relancez {what}</translation>
    </message>
    <message>
        <source>the ledger&apos;s schema needs an upgrade, which only its owner ({owner}) may run: ask the database administrator to open it once</source>
        <translation>le schéma du registre doit être mis à niveau, ce que seul son propriétaire ({owner}) peut faire : demandez à l’administrateur de la base de l’ouvrir une fois</translation>
    </message>
    <message>
        <source>the lock-out {what} must be from {low} to {high}, not {value}</source>
        <translation>le verrouillage ({what}) doit être de {low} à {high}, pas {value}</translation>
    </message>
    <message>
        <source>the login &apos;{login}&apos; may not contain spaces or control characters</source>
        <translation>l’identifiant « {login} » ne peut contenir ni espaces ni caractères de contrôle</translation>
    </message>
    <message>
        <source>the marking is too long to keep (at most 400 characters of settings); shorten its caveats or designation</source>
        <translation>le marquage est trop long pour être conservé (au plus 400 caractères de paramètres); raccourcissez ses restrictions ou sa désignation</translation>
    </message>
    <message>
        <source>the method must be cash, rik, eve or offset</source>
        <translation>le mode doit être cash, rik, eve ou offset</translation>
    </message>
    <message>
        <source>the new settlement of order {number} awaits approval by another officer (four eyes)</source>
        <translation>le nouveau règlement de la commande {number} attend l&apos;approbation d&apos;un autre officier (double contrôle)</translation>
    </message>
    <message>
        <source>the new settlement of order {number} awaits approval by another officer (four eyes); the order is settled once it is approved</source>
        <translation>le nouveau règlement de la commande {number} attend l&apos;approbation d&apos;un autre officier (double contrôle) ; la commande est réglée une fois approuvé</translation>
    </message>
    <message>
        <source>the office and reference are at most 200 characters</source>
        <translation>le bureau et la référence comptent au plus 200 caractères</translation>
    </message>
    <message>
        <source>the offset needs the agreement&apos;s reference</source>
        <translation>la compensation exige la référence de l&apos;accord</translation>
    </message>
    <message>
        <source>the offset with {partner} in {currency} now comes to {format_plain}, not {format_plain2}: print the agreement again</source>
        <translation>la compensation avec {partner} en {currency} s&apos;établit maintenant à {format_plain}, et non à {format_plain2}&#xa0;: imprimez l&apos;entente de nouveau</translation>
    </message>
    <message>
        <source>the order has no lines</source>
        <translation>la commande n&apos;a aucune ligne</translation>
    </message>
    <message>
        <source>the order needs a number</source>
        <translation>la commande doit avoir un numéro</translation>
    </message>
    <message>
        <source>the ordering official&apos;s name is missing</source>
        <translation>le nom du responsable de la commande manque</translation>
    </message>
    <message>
        <source>the period ends before it starts</source>
        <translation>la période se termine avant de commencer</translation>
    </message>
    <message>
        <source>the quantity is missing</source>
        <translation>la quantité manque</translation>
    </message>
    <message>
        <source>the quantity must be more than 0</source>
        <translation>la quantité doit être supérieure à 0</translation>
    </message>
    <message>
        <source>the requesting unit</source>
        <translation>l&apos;unité requérante</translation>
    </message>
    <message>
        <source>the requesting unit&apos;s point of contact</source>
        <translation>la personne-ressource de l&apos;unité requérante</translation>
    </message>
    <message>
        <source>the role must be one of {join}</source>
        <translation>le rôle doit être l’un de {join}</translation>
    </message>
    <message>
        <source>the role must be one of {join}, not &apos;{text}&apos;</source>
        <translation>le rôle doit être l’un de {join}, et non « {text} »</translation>
    </message>
    <message>
        <source>the same payment (order {number}, {settled_on}, {format_plain} {currency}, reference &apos;{strip}&apos;) is already recorded</source>
        <translation>le même paiement (commande {number}, {settled_on}, {format_plain} {currency}, référence « {strip} ») est déjà enregistré</translation>
    </message>
    <message>
        <source>the settlement deadline must be 1 to 60 months</source>
        <translation>le délai de règlement doit être de 1 à 60 mois</translation>
    </message>
    <message>
        <source>the sheet is empty: it needs a header row</source>
        <translation>la feuille est vide : il lui faut une ligne d’en-tête</translation>
    </message>
    <message>
        <source>the supplying unit</source>
        <translation>l&apos;unité fournisseuse</translation>
    </message>
    <message>
        <source>the supplying unit&apos;s point of contact</source>
        <translation>la personne-ressource de l&apos;unité fournisseuse</translation>
    </message>
    <message>
        <source>the unit of issue is missing (e.g. L, KL, EA, HR)</source>
        <translation>l&apos;unité de distribution manque (p. ex. L, KL, EA, HR)</translation>
    </message>
    <message>
        <source>the unit price is missing (0 for no charge)</source>
        <translation>le prix unitaire manque (0 si gratuit)</translation>
    </message>
    <message>
        <source>the workbook has no sheet</source>
        <translation>le classeur n’a aucune feuille</translation>
    </message>
    <message>
        <source>the {code} scheme is fixed by its national rules</source>
        <translation>le système {code} est fixé par ses règles nationales</translation>
    </message>
    <message>
        <source>their billable</source>
        <translation>leur montant facturable</translation>
    </message>
    <message>
        <source>their direction</source>
        <translation>leur sens</translation>
    </message>
    <message>
        <source>their settled</source>
        <translation>leur montant réglé</translation>
    </message>
    <message>
        <source>their status</source>
        <translation>leur état</translation>
    </message>
    <message>
        <source>this entry has already been reversed</source>
        <translation>cette écriture a déjà été contrepassée</translation>
    </message>
    <message>
        <source>this file is a finance export, not an orders file: importing it would turn cancelled and settled orders back into live ones without their settlements (import the orders file it came from)</source>
        <translation>ce fichier est une exportation pour les finances, pas un fichier de commandes : l’importer rendrait actives des commandes annulées ou réglées, sans leurs règlements (importez le fichier de commandes d’origine)</translation>
    </message>
    <message>
        <source>this order agrees on every figure: nothing to act on</source>
        <translation>cette commande concorde sur chaque montant : rien à traiter</translation>
    </message>
    <message>
        <source>unknown defect</source>
        <translation>défaut inconnu</translation>
    </message>
    <message>
        <source>unknown language &apos;{part}&apos; (choose one or two of {join})</source>
        <translation>langue inconnue «&#xa0;{part}&#xa0;» (choisissez-en une ou deux parmi {join})</translation>
    </message>
    <message>
        <source>{actor} is no longer an active user of this ledger, so changes nothing</source>
        <translation>{actor} n’est plus un utilisateur actif de ce registre et ne change donc rien</translation>
    </message>
    <message>
        <source>{cells} is more than billable ({cells2})</source>
        <translation>{cells} dépasse le montant facturable ({cells2})</translation>
    </message>
    <message>
        <source>{currency} is not the currency of order {number} ({currency2})</source>
        <translation>{currency} n&apos;est pas la devise de la commande {number} ({currency2})</translation>
    </message>
    <message>
        <source>{currency} is not the currency of order {number} ({order_currency})</source>
        <translation>{currency} n&apos;est pas la monnaie de la commande {number} ({order_currency})</translation>
    </message>
    <message>
        <source>{date_required} is missing</source>
        <translation>il manque {date_required}</translation>
    </message>
    <message>
        <source>{delivered_on} is before ordered_on ({ordered_on})</source>
        <translation>{delivered_on} précède ordered_on ({ordered_on})</translation>
    </message>
    <message>
        <source>{delivered} is more than the quantity ordered ({quantity})</source>
        <translation>{delivered} dépasse la quantité commandée ({quantity})</translation>
    </message>
    <message>
        <source>{describe} already holds a ledger; copy into an empty database</source>
        <translation>{describe} contient déjà un registre; copiez vers une base de données vide</translation>
    </message>
    <message>
        <source>{describe} is not an ACSA Desk ledger (it holds other tables)</source>
        <translation>{describe} n&apos;est pas un registre ACSA Desk (il contient d&apos;autres tables)</translation>
    </message>
    <message>
        <source>{en} is not covered by the agreement with {code}</source>
        <translation>{en} n&apos;est pas visé par l&apos;accord avec {code}</translation>
    </message>
    <message>
        <source>{format_plain} {currency} would take order {number} above its billable amount ({format_plain2} {currency2} left to settle)</source>
        <translation>{format_plain} {currency} porterait la commande {number} au-delà de son montant facturable ({format_plain2} {currency2} restant à régler)</translation>
    </message>
    <message>
        <source>{format_quantity} must be more than 0</source>
        <translation>{format_quantity} doit être supérieur à 0</translation>
    </message>
    <message>
        <source>{isoformat} is outside the dates the ledger holds ({isoformat2} to {isoformat3})</source>
        <translation>{isoformat} est hors des dates que le registre admet ({isoformat2} au {isoformat3})</translation>
    </message>
    <message>
        <source>{label} is missing</source>
        <translation>il manque {label}</translation>
    </message>
    <message>
        <source>{len} exercises or orders are marked in another scheme; a ledger&apos;s markings all use one scheme</source>
        <translation>exercices ou commandes marqués selon un autre système&#xa0;: {len}; tous les marquages d&apos;un registre suivent un même système</translation>
    </message>
    <message>
        <source>{level} is lower than the ledger&apos;s {level2}: a part may only be marked higher</source>
        <translation>{level} est inférieur au niveau du registre, {level2}&#xa0;: une partie ne peut être marquée qu&apos;à un niveau supérieur</translation>
    </message>
    <message>
        <source>{login} is a {role}: only an officer signs orders</source>
        <translation>{login} a le rôle {role} : seul un officier signe les commandes</translation>
    </message>
    <message>
        <source>{login} is not a user of this ledger</source>
        <translation>{login} n’est pas un utilisateur de ce registre</translation>
    </message>
    <message>
        <source>{login} is registered as &apos;{strip}&apos;, not &apos;{strip2}&apos;: the designation names the user</source>
        <translation>{login} est inscrit sous le nom « {strip} », et non « {strip2} » : la désignation nomme l&apos;utilisateur</translation>
    </message>
    <message>
        <source>{login} is the ledger&apos;s last admin: make another user admin first</source>
        <translation>{login} est le dernier administrateur du registre : nommez d’abord un autre administrateur</translation>
    </message>
    <message>
        <source>{login} {state}, so cannot {what}</source>
        <translation>{login} : {state}, ne peut donc pas {what}</translation>
    </message>
    <message>
        <source>{many}: say who you are with --as LOGIN (the passphrase is asked for)</source>
        <translation>{many} : indiquez qui vous êtes avec --as IDENTIFIANT (la phrase secrète est demandée)</translation>
    </message>
    <message>
        <source>{name} has no authority limit in {currency}</source>
        <translation>{name} n&apos;a pas de limite en {currency}</translation>
    </message>
    <message>
        <source>{name} is designated as user {linked}: {name2} signs in as {linked2} to sign, not {who}</source>
        <translation>{name} est désigné comme l&apos;utilisateur {linked} : {name2} se connecte comme {linked2} pour signer, et non {who}</translation>
    </message>
    <message>
        <source>{name} is empty</source>
        <translation>{name} est vide</translation>
    </message>
    <message>
        <source>{name} is not a designated official under the agreement with {partner_code}</source>
        <translation>{name} n&apos;est pas un responsable désigné de l&apos;accord avec {partner_code}</translation>
    </message>
    <message>
        <source>{name} is {value} MB: supporting documents are limited to {value2} MB</source>
        <translation>{name} fait {value} Mo&#xa0;: les pièces justificatives sont limitées à {value2} Mo</translation>
    </message>
    <message>
        <source>{name}&apos;s designation is not in force on {isoformat}</source>
        <translation>la désignation de {name} n&apos;est pas en vigueur le {isoformat}</translation>
    </message>
    <message>
        <source>{name}: choose a .csv or .xlsx file name</source>
        <translation>{name} : choisissez un nom de fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>{normal} is already a user of this ledger</source>
        <translation>{normal} est déjà un utilisateur de ce registre</translation>
    </message>
    <message>
        <source>{path} could not be written: {value}</source>
        <translation>{path} n’a pas pu être écrit : {value}</translation>
    </message>
    <message>
        <source>{path} holds another ledger&apos;s key</source>
        <translation>{path} contient la clé d&apos;un autre registre</translation>
    </message>
    <message>
        <source>{path} is a folder, not a database file</source>
        <translation>{path} est un dossier, et non un fichier de base de données</translation>
    </message>
    <message>
        <source>{path} is the key {key_id}, but this ledger&apos;s key is {expected_id}</source>
        <translation>{path} est la clé {key_id}, mais la clé de ce registre est {expected_id}</translation>
    </message>
    <message>
        <source>{quantity} x {cells} is above the largest line amount the ledger holds (10^15 minor units)</source>
        <translation>{quantity} x {cells} dépasse le plus grand montant de ligne que le registre admet (10^15 unités mineures)</translation>
    </message>
    <message>
        <source>{required_on} is before ordered_on ({ordered_on})</source>
        <translation>{required_on} est antérieure à ordered_on ({ordered_on})</translation>
    </message>
    <message>
        <source>{target} already exists: a new ledger is built only where no file is</source>
        <translation>{target} existe déjà : un nouveau registre n&apos;est créé que là où aucun fichier n&apos;existe</translation>
    </message>
    <message>
        <source>{target} appeared while the new ledger was being built; it was left alone and the new ledger was not kept</source>
        <translation>{target} est apparu pendant la création du nouveau registre; il a été laissé tel quel et le nouveau registre n&apos;a pas été conservé</translation>
    </message>
    <message>
        <source>{temp}: the finished ledger could not be put in WAL mode</source>
        <translation>{temp} : le registre terminé n&apos;a pas pu être mis en mode WAL</translation>
    </message>
    <message>
        <source>{text} is above the largest amount the ledger holds (10^15 minor units)</source>
        <translation>{text} dépasse le plus grand montant que le registre admet (10^15 unités mineures)</translation>
    </message>
    <message>
        <source>{text} is beyond any ledger&apos;s amounts</source>
        <translation>{text} dépasse tout montant possible d&apos;un registre</translation>
    </message>
    <message>
        <source>{text} must be more than 0</source>
        <translation>{text} doit être supérieur à 0</translation>
    </message>
    <message>
        <source>{value} has more decimals than {currency} allows ({places})</source>
        <translation>{value} a plus de décimales que n&apos;en permet {currency} ({places})</translation>
    </message>
    <message>
        <source>{where} is not an ACSA Desk ledger key</source>
        <translation>{where} n&apos;est pas une clé de registre ACSA Desk</translation>
    </message>
    <message>
        <source>{where}: &apos;{category}&apos; is not one of the 16 categories</source>
        <translation>{where}&#xa0;: «&#xa0;{category}&#xa0;» n&apos;est pas l&apos;une des 16 catégories</translation>
    </message>
    <message>
        <source>{where}: &apos;{strip}&apos; is not an anchor (acsa1:&lt;entry count&gt;:&lt;at least {min_digits} hex digits&gt;)</source>
        <translation>{where} : « {strip} » n&apos;est pas une ancre (acsa1:&lt;nombre d&apos;entrées&gt;:&lt;au moins {min_digits} chiffres hexadécimaux&gt;)</translation>
    </message>
    <message>
        <source>{where}: the description is missing</source>
        <translation>{where}&#xa0;: la description manque</translation>
    </message>
    <message>
        <source>{where}: the key&apos;s id does not match its secret (damaged file)</source>
        <translation>{where} : l&apos;identifiant de la clé ne correspond pas à son secret (fichier endommagé)</translation>
    </message>
    <message>
        <source>{where}: the key&apos;s secret is damaged</source>
        <translation>{where} : le secret de la clé est endommagé</translation>
    </message>
    <message>
        <source>{where}: the quantity must be more than 0</source>
        <translation>{where}&#xa0;: la quantité doit être supérieure à 0</translation>
    </message>
    <message>
        <source>{where}: the unit of issue is missing</source>
        <translation>{where}&#xa0;: l&apos;unité de distribution manque</translation>
    </message>
    <message>
        <source>{where}: the unit price cannot be negative</source>
        <translation>{where}&#xa0;: le prix unitaire ne peut pas être négatif</translation>
    </message>
    <message>
        <source>{where}: {en} is not covered by the agreement</source>
        <translation>{where}&#xa0;: {en} n&apos;est pas visé par l&apos;accord</translation>
    </message>
    <message>
        <source>{where}: {message}</source>
        <translation>{where} : {message}</translation>
    </message>
    <message>
        <source>{where}: {why}</source>
        <translation>{where} : {why}</translation>
    </message>
    <message>
        <source>{year} is not a year such as 2025</source>
        <translation>{year} n&apos;est pas une année comme 2025</translation>
    </message>
</context>
<context>
    <name>ServiceText</name>
    <message>
        <source>row {row}, column {column}: {message}</source>
        <translation>ligne {row}, colonne {column}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>row {row}: {message}</source>
        <translation>ligne {row}&#xa0;: {message}</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <source>Amount ({currency}):</source>
        <translation>Montant ({currency})&#xa0;:</translation>
    </message>
    <message>
        <source>Approved by:</source>
        <translation>Approuvé par&#xa0;:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Outstanding:</source>
        <translation>Solde dû&#xa0;:</translation>
    </message>
    <message>
        <source>Record a settlement on order {number}</source>
        <translation>Enregistrer un règlement pour la commande {number}</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <source>Replacement in kind is only for supplies</source>
        <translation>Le remplacement en nature ne s&apos;applique qu&apos;aux fournitures</translation>
    </message>
    <message>
        <source>Settled on:</source>
        <translation>Réglé le&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. transfer 2025-118</source>
        <translation>p. ex. virement 2025-118</translation>
    </message>
</context>
<context>
    <name>SettlementMethod</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Equal value exchange</source>
        <translation>Échange de valeur égale</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Replacement in kind</source>
        <translation>Remplacement en nature</translation>
    </message>
</context>
<context>
    <name>Settlements</name>
    <message>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <source>Equal value exchange</source>
        <translation>Échange de valeur égale</translation>
    </message>
    <message>
        <source>Offset</source>
        <translation>Compensation</translation>
    </message>
    <message>
        <source>Replacement in kind</source>
        <translation>Remplacement en nature</translation>
    </message>
</context>
<context>
    <name>SettlementsPage</name>
    <message numerus="yes">
        <source>%n settlement(s)</source>
        <translation>
            <numerusform>%n règlement</numerusform>
            <numerusform>%n règlements</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Awaiting approval only</source>
        <extracomment>An approval was saved. Argument: the settlement id.</extracomment>
        <translation>En attente d&apos;&amp;approbation seulement</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>A&amp;pprouver</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Approval refused</source>
        <translation>Approbation refusée</translation>
    </message>
    <message>
        <source>Approve a settlement</source>
        <translation>Approuver un règlement</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Double-click a settlement to open its order.</source>
        <translation>Double-cliquez sur un règlement pour ouvrir sa commande.</translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Our side approves the settlement of order {number} ({amount}). Four eyes: not {entered}, who entered it.</source>
        <translation>Notre partie approuve le règlement de la commande {number} ({amount}). Quatre yeux : pas {entered}, qui l’a saisi.</translation>
    </message>
    <message>
        <source>Our side&apos;s approval of the selected settlement. Four eyes: whoever entered a settlement cannot approve it.</source>
        <translation>Approbation par notre partie du règlement sélectionné. Principe des quatre yeux&#xa0;: la personne qui a saisi un règlement ne peut pas l&apos;approuver.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Reverses an earlier settlement: {reason}</source>
        <translation>Contrepasse un règlement antérieur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Settled on</source>
        <translation>Réglé le</translation>
    </message>
    <message>
        <source>Settlement of order {number} approved.</source>
        <translation>Règlement de la commande {number} approuvé.</translation>
    </message>
    <message>
        <source>Settlements</source>
        <translation>Règlements</translation>
    </message>
    <message>
        <source>awaiting approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>{count} awaiting approval</source>
        <translation>En attente d&apos;approbation&#xa0;: {count}</translation>
    </message>
    <message>
        <source>{entered} entered this settlement, and no other officer is registered in this ledger: an admin adds one in Preferences &gt; Users.</source>
        <translation>{entered} a saisi ce règlement, et aucun autre officier n’est inscrit dans ce registre : un administrateur en ajoute un dans Préférences &gt; Utilisateurs.</translation>
    </message>
    <message>
        <source>{shown} (more as you scroll)</source>
        <translation>{shown} (d&apos;autres s&apos;affichent en défilant)</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Four eyes: whoever entered the order ({entered}) cannot sign it for our side.</source>
        <translation>Quatre yeux : la personne qui a saisi la commande ({entered}) ne peut pas la signer pour notre partie.</translation>
    </message>
    <message>
        <source>Issuing official&apos;s rank:</source>
        <translation>Grade du responsable de la fourniture&#xa0;:</translation>
    </message>
    <message>
        <source>Issuing official:</source>
        <translation>Responsable de la fourniture&#xa0;:</translation>
    </message>
    <message>
        <source>Ordering official&apos;s rank:</source>
        <translation>Grade du responsable de la commande&#xa0;:</translation>
    </message>
    <message>
        <source>Ordering official:</source>
        <translation>Responsable de la commande&#xa0;:</translation>
    </message>
    <message>
        <source>Sign order {number}</source>
        <translation>Signer la commande {number}</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Signée le&#xa0;:</translation>
    </message>
    <message>
        <source>Signs for our side:</source>
        <translation>Signe pour notre partie :</translation>
    </message>
    <message>
        <source>e.g. 2佐 or Cdr</source>
        <translation>p. ex. 2佐 ou capf</translation>
    </message>
    <message>
        <source>e.g. Anne Tremblay</source>
        <translation>p. ex. Anne Tremblay</translation>
    </message>
    <message>
        <source>e.g. Cdr</source>
        <translation>p. ex. capf</translation>
    </message>
    <message>
        <source>e.g. Hiroshi Sato</source>
        <translation>p. ex. Hiroshi Sato</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>&amp;Open another ledger…</source>
        <translation>&amp;Ouvrir un autre registre…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Nobody is signed in yet: sign in, open another ledger, or quit.</source>
        <extracomment>True once withdrawn because another ledger opened (not a refusal to sign in).</extracomment>
        <translation>Personne n&apos;est encore connecté : connectez-vous, ouvrez un autre registre ou quittez.</translation>
    </message>
    <message>
        <source>This ledger has several users: choose who you are and type your passphrase. Every change is recorded under your name. A forgotten passphrase is reset by an admin (Preferences &gt; Users).</source>
        <translation>Ce registre a plusieurs utilisateurs : choisissez qui vous êtes et tapez votre phrase secrète. Chaque modification est enregistrée sous votre nom. Une phrase secrète oubliée est réinitialisée par un administrateur (Préférences &gt; Utilisateurs).</translation>
    </message>
    <message>
        <source>Who is working?</source>
        <extracomment>The signed-in login (normalised). &quot;Open another ledger...&quot;: the window offers its file dialog; this one stays until another ledger opens.</extracomment>
        <translation>Qui travaille?</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>ACSA Desk ledgers (*.sqlite *.db);;All files (*)</source>
        <translation>Registres ACSA Desk (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
    <message>
        <source>Checking the ledger</source>
        <translation>Vérification du registre</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>The ledger is damaged</source>
        <extracomment>When &quot;1&quot;: print ``painted &lt;seconds since the process started&gt;`` on standard error once the window has painted with the dashboard&apos;s figures (or the welcome page) -- the benchmark&apos;s marker -- and ``refreshed &lt;seconds&gt;`` once the figures just read are painted (the same moment when there was no snapshot to show first); each followed by ``cpu &lt;seconds&gt;``, the process&apos;s CPU time (user + system, all threads) so far. The locale money is formatted in, per interface language.</extracomment>
        <translation>Le registre est endommagé</translation>
    </message>
    <message>
        <source>{path} fails its integrity check ({problem}).

Restore the latest good backup, {backup}? The damaged file is kept aside.</source>
        <translation>{path} échoue à la vérification d&apos;intégrité ({problem}).

Restaurer la dernière bonne sauvegarde, {backup}? Le fichier endommagé est mis de côté.</translation>
    </message>
    <message>
        <source>{path} fails its integrity check ({problem}). Do not enter anything until it is restored from a backup (acsa-desk restore).</source>
        <translation>{path} échoue à la vérification d&apos;intégrité ({problem}). Ne saisissez rien avant de l&apos;avoir restauré à partir d&apos;une sauvegarde (acsa-desk restore).</translation>
    </message>
    <message>
        <source>{problem}

Choose another database file?</source>
        <translation>{problem}

Choisir un autre fichier de base de données?</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Invoiced</source>
        <translation>Facturée</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Text and marker colour for an order that lacks signatures it should have. Colour of validation messages (as in the preferences dialog). Background of a cell whose value is refused.</extracomment>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglée</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>Order {number} ({status})</source>
        <extracomment>A life-cycle step: calls one service in the given session, as the given actor. The step was recorded in the ledger (the dialog then closes).</extracomment>
        <translation>Commande {number} ({status})</translation>
    </message>
</context>
<context>
    <name>TaskManager</name>
    <message>
        <source>ACSA Desk</source>
        <translation>ACSA Desk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <extracomment>How long work may run before its progress dialog appears (milliseconds). The work returned. Argument: its result. The work raised an expected LedgerError. Argument: the exception. The work raised an unexpected exception (handed to the crash handler). Argument: it. The work stopped because the user pressed Cancel. The task is over, whatever the outcome. Progress reported by the work: (done, total). True when the first task starts, False when the last one ends.</extracomment>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Tile</name>
    <message>
        <source>{count} {caption}</source>
        <translation>{count} {caption}</translation>
    </message>
    <message>
        <source>{explanation} Being counted…</source>
        <translation>{explanation} Décompte en cours…</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>ACSA Desk user guide</source>
        <extracomment>Third-party components shipped with or used by ACSA Desk, with their licences (names are proper names: not translated).</extracomment>
        <translation>Guide de l&apos;utilisateur d&apos;ACSA Desk</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <source>&amp;Add user</source>
        <translation>&amp;Ajouter l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Lock a user out after</source>
        <translation>Verrouiller après</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Minutes a lock-out lasts</source>
        <translation>Durée du verrouillage en minutes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>On PostgreSQL each user logs in as their own database role: adding a user here creates their login role in its group, a new role moves it, and deactivating refuses it the connection. The database administrator adds the first admin: acsa-desk --db URL admin add-user LOGIN --role admin.</source>
        <translation>Sur PostgreSQL, chaque utilisateur se connecte sous son propre rôle de base de données : ajouter un utilisateur ici crée son rôle de connexion dans son groupe, un nouveau rôle l&apos;y déplace, et la désactivation lui refuse la connexion. L&apos;administrateur de la base ajoute le premier administrateur : acsa-desk --db URL admin add-user LOGIN --role admin.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase of {login} reset.</source>
        <translation>Phrase de passe de {login} réinitialisée.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase de passe :</translation>
    </message>
    <message>
        <source>Rank:</source>
        <translation>Grade :</translation>
    </message>
    <message>
        <source>Reset &amp;passphrase</source>
        <translation>Réinitialiser la &amp;phrase de passe</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Role of the selected user</source>
        <translation>Rôle de l’utilisateur choisi</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Server password (optional):</source>
        <translation>Mot de passe du serveur (facultatif) :</translation>
    </message>
    <message>
        <source>Set &amp;lock-out</source>
        <translation>Définir le &amp;verrouillage</translation>
    </message>
    <message>
        <source>Set server &amp;password</source>
        <translation>Définir le mot de &amp;passe du serveur</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The users changed (the window re-reads who may certify).</extracomment>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Wrong passphrases before a lock-out</source>
        <translation>Phrases de passe erronées avant verrouillage</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>vérificateur</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>commis</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>new passphrase</source>
        <translation>nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>new server password</source>
        <translation>nouveau mot de passe du serveur</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>officer</source>
        <translation>officier</translation>
    </message>
    <message>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <source>wrong passphrases in a row, for</source>
        <translation>erreurs de suite, pendant</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>{login} added.</source>
        <translation>{login} ajouté.</translation>
    </message>
    <message>
        <source>{login} can no longer act; their records stay theirs.</source>
        <translation>{login} ne peut plus agir; ses inscriptions restent les siennes.</translation>
    </message>
    <message>
        <source>{login} is now {role}.</source>
        <translation>{login} est maintenant {role}.</translation>
    </message>
    <message>
        <source>{tries} wrong passphrases in a row now lock a user out for {minutes} minutes.</source>
        <translation>{tries} phrases secrètes erronées de suite verrouillent désormais un utilisateur pendant {minutes} minutes.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Bring in orders kept so far in a spreadsheet saved as CSV.</source>
        <translation>Reprenez les commandes tenues jusqu&apos;ici dans un tableur enregistré en CSV.</translation>
    </message>
    <message>
        <source>Explore a demo ledger</source>
        <translation>Explorer un registre de démonstration</translation>
    </message>
    <message>
        <source>Import from a spreadsheet (CSV)</source>
        <translation>Importer d&apos;un tableur (CSV)</translation>
    </message>
    <message>
        <source>Look around a ledger filled with made-up orders; nothing is kept.</source>
        <translation>Parcourez un registre rempli de commandes fictives; rien n&apos;est conservé.</translation>
    </message>
    <message>
        <source>New exercise</source>
        <translation>Nouvel exercice</translation>
    </message>
    <message>
        <source>Start with the exercise or operation the orders belong to.</source>
        <translation>Commencez par l&apos;exercice ou l&apos;opération auxquels les commandes se rattachent.</translation>
    </message>
    <message>
        <source>This ledger is empty. Record the logistic support your forces provide to and receive from a partner nation, and see at a glance who owes what.</source>
        <translation>Ce registre est vide. Enregistrez le soutien logistique que vos forces fournissent à un pays partenaire et reçoivent de lui, et voyez d&apos;un coup d&apos;œil qui doit quoi.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to ACSA Desk</source>
        <extracomment>The user wants to create the first exercise. The user wants to import orders from a spreadsheet saved as CSV. The user wants to explore a demo ledger.</extracomment>
        <translation>Bienvenue dans ACSA Desk</translation>
    </message>
</context>
<context>
    <name>WhoIsWorking</name>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>User: {login}</source>
        <translation>Utilisateur : {login}</translation>
    </message>
    <message>
        <source>User: {name} ({login}, {role})</source>
        <translation>Utilisateur : {name} ({login}, {role})</translation>
    </message>
    <message>
        <source>Users</source>
        <extracomment>The login now working (after the users are loaded, or after a sign-in). Nobody signed in to the shared ledger: they chose Quit. The sign-in&apos;s &quot;Open another ledger...&quot;.</extracomment>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>You are this ledger&apos;s only user. Four eyes needs a second registered user: an admin adds one in Preferences &gt; Users.</source>
        <translation>Vous êtes le seul utilisateur de ce registre. Les quatre yeux exigent un deuxième utilisateur inscrit : un administrateur en ajoute un dans Préférences &gt; Utilisateurs.</translation>
    </message>
</context>
<context>
    <name>_DateEdit</name>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
</context>
</TS>
