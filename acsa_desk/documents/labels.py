"""Every label printed on a document, in English, Japanese and French.

A document shows one language or two side by side (``("en", "ja")``): :func:`label` joins the
languages with " / ", :func:`stacked` returns one line per language (table headers).
Category names come from :mod:`acsa_desk.core.categories`, never from this table.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from acsa_desk.core.categories import BY_CODE

LANGUAGES: tuple[str, ...] = ("en", "ja", "fr")

# key -> (en, ja, fr). Templates use str.format fields; every language has the same fields.
_TABLE: dict[str, tuple[str, str, str]] = {
    # document titles
    "statement_title": ("Settlement statement", "決済明細書", "Relevé de règlement"),
    "order_form_title": (
        "Order for logistic support, supplies and services",
        "物品役務相互提供要請書",
        "Commande de soutien logistique, de fournitures et de services",
    ),
    "annual_title": (
        "Annual report on acquisition and cross-servicing transactions {year}",
        "{year}年 物品役務相互提供 年次報告書",
        "Rapport annuel sur les acquisitions et services réciproques {year}",
    ),
    # running header and footer
    "page_of": ("Page {n} of {m}", "{n} / {m} ページ", "Page {n} de {m}"),
    "generated_on_value": ("Generated on {date}", "作成日 {date}", "Généré le {date}"),
    # identification blocks
    "agreement_reference": ("Agreement reference", "協定参照番号", "Référence de l'accord"),
    "partner": ("Partner", "相手国", "Partenaire"),
    "home_nation": ("Home nation", "自国", "Pays d'origine"),
    "exercise": ("Exercise / activity", "演習・活動", "Exercice / activité"),
    "exercise_short": ("Exercise", "演習", "Exercice"),
    "period": ("Period", "期間", "Période"),
    "all": ("All", "全て", "Tous"),
    "as_of": ("As of", "基準日", "En date du"),
    "generated_on": ("Generated on", "作成日", "Généré le"),
    "chain_head": ("Audit chain head", "監査ハッシュ", "Tête de chaîne d'audit"),
    "anchor": ("Audit anchor", "監査アンカー", "Ancre d'audit"),
    "year": ("Year", "年", "Année"),
    # orders
    "orders": ("Orders", "要請", "Commandes"),
    "order_number": ("Order no.", "要請番号", "N° de commande"),
    "partner_order_number": ("Partner's no.", "相手国の番号", "N° du partenaire"),
    "direction": ("Direction", "区分", "Sens"),
    "provided": ("Provided", "提供", "Fourni"),
    "received": ("Received", "受領", "Reçu"),
    "ordered_on": ("Ordered", "要請日", "Commandé le"),
    "delivered_on": ("Delivered", "提供日", "Livré le"),
    "required_on": ("Required by", "所要日", "Requis pour le"),
    "categories": ("Categories", "品目区分", "Catégories"),
    "category": ("Category", "品目区分", "Catégorie"),
    "currency": ("Cur.", "通貨", "Dev."),
    "billable": ("Billable", "請求額", "Facturable"),
    "settled": ("Settled", "決済済額", "Réglé"),
    "outstanding": ("Outstanding", "未決済額", "Solde dû"),
    "overdue": ("Overdue", "期限超過", "En retard"),
    "overdue_flag": ("OVERDUE", "期限超過", "EN RETARD"),
    "status": ("Status", "状態", "État"),
    "no_orders": ("No orders.", "要請はありません。", "Aucune commande."),
    # statuses
    "status_requested": ("Requested", "要請", "Demandée"),
    "status_signed": ("Signed", "署名済", "Signée"),
    "status_delivered": ("Delivered", "提供済", "Livrée"),
    "status_received": ("Received", "受領済", "Reçue"),
    "status_invoiced": ("Invoiced", "請求済", "Facturée"),
    "status_settled": ("Settled", "決済済", "Réglée"),
    "status_closed": ("Closed", "完了", "Close"),
    "status_cancelled": ("Cancelled", "取消", "Annulée"),
    # settlements
    "settlements": ("Settlements", "決済", "Règlements"),
    "settled_on": ("Date", "決済日", "Date"),
    "method": ("Method", "決済方法", "Mode"),
    "amount": ("Amount", "金額", "Montant"),
    "reference": ("Reference", "参照", "Référence"),
    "no_settlements": ("No settlements.", "決済はありません。", "Aucun règlement."),
    "method_cash": ("Cash reimbursement", "現金償還", "Remboursement en espèces"),
    "method_rik": ("Replacement in kind", "同種返還", "Remplacement en nature"),
    "method_eve": ("Equal value exchange", "等価交換", "Échange de valeur égale"),
    "method_offset": ("Offset", "相殺", "Compensation"),
    # totals and net position
    "totals": (
        "Totals per category and currency",
        "品目区分・通貨別合計",
        "Totaux par catégorie et par devise",
    ),
    "total_provided": ("Total provided ({currency})", "提供合計（{currency}）",
                       "Total fourni ({currency})"),
    "total_received": ("Total received ({currency})", "受領合計（{currency}）",
                       "Total reçu ({currency})"),
    "net_position": ("Net position per currency", "通貨別差引残高", "Position nette par devise"),
    "who_owes_whom": ("Who owes whom", "債務の所在", "Qui doit à qui"),
    "receivable": ("Receivable", "債権", "À recevoir"),
    "payable": ("Payable", "債務", "À payer"),
    "net": ("Net", "差引", "Net"),
    "owes": (
        "{debtor} owes {creditor} {amount}.",
        "{debtor}は{creditor}に対し{amount}の債務を負う。",
        "Débiteur\u00a0: {debtor}; créancier\u00a0: {creditor}; montant\u00a0: {amount}.",
    ),
    "owes_nothing": (
        "Neither side owes the other anything in {currency}.",
        "{currency}建ての債権債務はない。",
        "Aucune des parties ne doit quoi que ce soit à l'autre en {currency}.",
    ),
    "net_note": (
        "Net = receivable - payable; amounts are netted only within one currency.",
        "差引 = 債権 - 債務（同一通貨内でのみ相殺）。",
        "Net = à recevoir - à payer; compensation dans une même devise seulement.",
    ),
    # signatures
    "signatures": ("Signatures", "署名", "Signatures"),
    "for_nation": ("For {nation}", "{nation}代表", "Pour le compte de\u00a0: {nation}"),
    "name": ("Name", "氏名", "Nom"),
    "rank": ("Rank", "階級", "Grade"),
    "appointment": ("Appointment", "官職", "Fonction"),
    "signature": ("Signature", "署名", "Signature"),
    "date": ("Date", "日付", "Date"),
    # order form
    "parties": ("Parties", "当事者", "Parties"),
    "requesting_party": ("Requesting party", "要請側", "Partie requérante"),
    "supplying_party": ("Supplying party", "提供側", "Partie fournisseuse"),
    "nation": ("Nation", "国名", "Pays"),
    "unit": ("Unit", "部隊", "Unité"),
    "point_of_contact": ("Point of contact", "連絡担当者", "Personne-ressource"),
    "phone": ("Telephone", "電話番号", "Téléphone"),
    "email": ("E-mail", "電子メール", "Courriel"),
    "funding_reference": ("Funding / accounting reference", "予算・会計区分",
                          "Référence de financement et comptable"),
    "delivery_place": ("Delivery place", "引渡場所", "Lieu de livraison"),
    "settlement_method": ("Settlement method", "決済方法", "Mode de règlement"),
    "order_currency": ("Currency", "通貨", "Devise"),
    "lines": ("Supplies and services", "物品・役務", "Fournitures et services"),
    "line_no": ("Line", "行", "Ligne"),
    "description": ("Description", "品名・役務内容", "Description"),
    "nsn": ("NSN", "NSN", "NNO"),
    "unit_of_issue": ("Unit of issue", "単位", "Unité de distr."),
    "quantity": ("Quantity", "数量", "Quantité"),
    "unit_price": ("Unit price", "単価", "Prix unitaire"),
    "total": ("Total", "合計", "Total"),
    "order_total": ("Order total ({currency})", "合計（{currency}）", "Total de la commande ({currency})"),
    "no_lines": ("No lines.", "明細はありません。", "Aucune ligne."),
    "ordering_official": ("Ordering official", "要請責任者", "Responsable de la commande"),
    "issuing_official": ("Issuing official", "提供責任者", "Responsable de la fourniture"),
    "receipt": ("Receipt", "受領確認", "Réception"),
    "received_on": ("Received on", "受領日", "Reçu le"),
    "received_by": ("Received by (name, rank)", "受領者（氏名・階級）", "Reçu par (nom, grade)"),
    "receipt_remarks": (
        "Quantity and condition remarks",
        "数量・状態に関する所見",
        "Remarques sur la quantité et l'état",
    ),
    # annual report
    "support_provided": ("Support provided", "提供した支援", "Soutien fourni"),
    "support_received": ("Support received", "受けた支援", "Soutien reçu"),
    "total_value": ("Total value", "総額", "Valeur totale"),
    "collected": ("Collected", "回収済額", "Perçu"),
    "paid": ("Paid", "支払済額", "Payé"),
    "unreconciled": (
        "Transactions unreconciled after one year",
        "1年以上未整理の取引",
        "Opérations non rapprochées après un an",
    ),
    "value": ("Value", "金額", "Valeur"),
    "no_rows": ("None.", "該当なし。", "Aucun."),
    # agreements in force (annual report) and the exceptions register
    "agreements_in_force": ("Agreements in force", "有効な協定", "Accords en vigueur"),
    "title": ("Title", "名称", "Titre"),
    "signed_on": ("Signed on", "署名日", "Signé le"),
    "in_force_from": ("In force from", "発効日", "En vigueur depuis"),
    "in_force_until": ("In force until", "失効日", "En vigueur jusqu'au"),
    "notified_on": ("Legislature notified", "議会通知日", "Avis au Parlement"),
    "register_title": ("Exceptions register (audit readiness)", "例外事項一覧（監査準備）",
                       "Registre des exceptions (préparation à la vérification)"),
    "by_exception": ("By exception", "例外事項別", "Par exception"),
    "by_partner": ("By partner", "相手国別", "Par partenaire"),
    "by_exercise": ("By exercise or activity", "演習・活動別", "Par exercice ou activité"),
    "exception_orders": ("Orders with exceptions", "例外事項のある要請", "Commandes avec exceptions"),
    "exception": ("Exception", "例外事項", "Exception"),
    "exceptions": ("Exceptions", "例外事項", "Exceptions"),
    "orders_affected": ("Orders", "件数", "Commandes"),
    "register_note": (
        "Orders affected and their value (billable) and outstanding amount, per currency; "
        "an order with several exceptions counts under each.",
        "件数・金額（請求可能額）・未決済額を通貨別に示す。複数の例外事項がある要請はそれぞれに計上。",
        "Commandes touchées, leur valeur (facturable) et le solde dû, par devise; une commande "
        "ayant plusieurs exceptions compte sous chacune."),
    "exc_missing_data": ("Required data missing", "必要記載事項の欠落", "Données requises manquantes"),
    "exc_missing_signatures": ("Signatures missing", "署名の欠落", "Signatures manquantes"),
    "exc_missing_documents": ("Supporting documents missing", "証拠書類の欠落",
                              "Pièces justificatives manquantes"),
    "exc_claim_late": ("Claim not raised within the claim days", "請求期限超過（未請求）",
                       "Réclamation non émise dans le délai"),
    "exc_finance_not_notified": ("Claim not notified to finance", "会計部門への未通知",
                                 "Réclamation non signalée aux finances"),
    "exc_due_soon": ("Settlement deadline within 60 days", "決済期限まで60日以内",
                     "Échéance de règlement dans 60 jours"),
    "exc_overdue": ("Past the settlement deadline", "決済期限超過", "Échéance de règlement dépassée"),
    "exc_awaiting_approval": ("Settlement awaiting approval", "決済の承認待ち",
                              "Règlement en attente d'approbation"),
    "exc_not_closed": ("Could close but not closed", "終結可能だが未終結",
                       "Pourrait être close mais ne l'est pas"),
}


def register(entries: dict[str, tuple[str, str, str]]) -> None:
    """Adds a document's own labels (kept in its module); a key cannot be given two meanings."""
    for key, value in entries.items():
        if _TABLE.get(key, value) != value:
            raise ValueError(f"label {key!r} is already defined differently")
        _TABLE[key] = value


def _index(lang: str) -> int:
    try:
        return LANGUAGES.index(lang)
    except ValueError:
        raise ValueError(
            f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}"
        ) from None


def keys() -> frozenset[str]:
    return frozenset(_TABLE)


def translations(key: str) -> tuple[str, str, str]:
    """The raw templates of one label, in the order of LANGUAGES."""
    return _TABLE[key]


def text(key: str, lang: str, **fields: object) -> str:
    """One label in one language, with ``fields`` filled in."""
    template = _TABLE[key][_index(lang)]
    return template.format(**fields) if fields else template


def stacked(key: str, langs: Sequence[str], **fields: object) -> list[str]:
    """The label in each language, one item per language (e.g. a two-line table header)."""
    return [text(key, lang, **fields) for lang in langs]


def label(key: str, langs: Sequence[str], **fields: object) -> str:
    """The label in each language on one line: "Outstanding / 未決済額"."""
    return join(stacked(key, langs, **fields))


def join(parts: Iterable[str], sep: str = " / ") -> str:
    """Joins per-language texts, dropping repeats ("Date / Date" prints once)."""
    seen: list[str] = []
    for part in parts:
        if part not in seen:
            seen.append(part)
    return sep.join(seen)


def category_name(code: str, lang: str) -> str:
    category = BY_CODE.get(code)
    return code if category is None else category.label(lang)


def normalize_langs(langs: str | Sequence[str]) -> tuple[str, ...]:
    """("en",), ("en", "ja"), "en,fr" or "ja" -> a checked tuple of one or two languages."""
    items = [p.strip() for p in langs.split(",")] if isinstance(langs, str) else list(langs)
    items = [p for p in items if p]
    if not 1 <= len(items) <= 2:
        raise ValueError("a document shows one language or two side by side")
    for lang in items:
        _index(lang)
    if len(set(items)) != len(items):
        raise ValueError(f"language given twice: {','.join(items)}")
    return tuple(items)
