"""first schema

Revision ID: 0001_first_schema
Revises: 
Create Date: 2026-11-25 22:04:00.300362
"""

from alembic import op
import sqlalchemy as sa


revision = '0001_first_schema'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('exchange_rate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('base', sa.String(length=3), nullable=False),
    sa.Column('quote', sa.String(length=3), nullable=False),
    sa.Column('rate', sa.String(length=40), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exchange_rate')),
    sa.UniqueConstraint('on_date', 'base', 'quote', 'source', name=op.f('uq_exchange_rate_on_date_base_quote_source'))
    )
    op.create_table('exercise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('activity_type', sa.String(length=20), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=True),
    sa.Column('ends_on', sa.Date(), nullable=True),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_exercise')),
    sa.UniqueConstraint('name', name=op.f('uq_exercise_name'))
    )
    op.create_table('ledger_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.String(length=400), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_ledger_setting'))
    )
    op.create_table('partner',
    sa.Column('code', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_partner'))
    )
    op.create_table('acsa_order',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=60), nullable=False),
    sa.Column('exercise_id', sa.Integer(), nullable=False),
    sa.Column('partner_code', sa.String(length=3), nullable=False),
    sa.Column('direction', sa.String(length=10), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('requesting_unit', sa.String(length=200), nullable=False),
    sa.Column('requesting_poc', sa.String(length=200), nullable=False),
    sa.Column('supplying_unit', sa.String(length=200), nullable=False),
    sa.Column('supplying_poc', sa.String(length=200), nullable=False),
    sa.Column('ordered_on', sa.Date(), nullable=False),
    sa.Column('required_on', sa.Date(), nullable=True),
    sa.Column('delivery_place', sa.String(length=200), nullable=False),
    sa.Column('settlement_method', sa.String(length=10), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('ordering_official_name', sa.String(length=200), nullable=False),
    sa.Column('ordering_official_rank', sa.String(length=100), nullable=False),
    sa.Column('issuing_official_name', sa.String(length=200), nullable=False),
    sa.Column('issuing_official_rank', sa.String(length=100), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=True),
    sa.Column('billable_minor', sa.Integer(), nullable=False),
    sa.Column('settled_minor', sa.Integer(), nullable=False),
    sa.Column('entered_by', sa.String(length=100), nullable=False),
    sa.Column('updated_by', sa.String(length=100), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('source', sa.String(length=20), nullable=False),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'], name=op.f('fk_acsa_order_exercise_id_exercise')),
    sa.ForeignKeyConstraint(['partner_code'], ['partner.code'], name=op.f('fk_acsa_order_partner_code_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_acsa_order')),
    sa.UniqueConstraint('number', name=op.f('uq_acsa_order_number'))
    )
    with op.batch_alter_table('acsa_order', schema=None) as batch_op:
        batch_op.create_index('ix_acsa_order_exercise_partner', ['exercise_id', 'partner_code', 'currency'], unique=False)
        batch_op.create_index('ix_acsa_order_ordered_on', ['ordered_on'], unique=False)
        batch_op.create_index('ix_acsa_order_partner_currency', ['partner_code', 'currency', 'direction'], unique=False)
        batch_op.create_index('ix_acsa_order_status', ['status'], unique=False)

    op.create_table('agreement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_code', sa.String(length=3), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('categories', sa.String(length=400), nullable=False),
    sa.Column('settlement_months', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partner_code'], ['partner.code'], name=op.f('fk_agreement_partner_code_partner')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_agreement')),
    sa.UniqueConstraint('partner_code', name=op.f('uq_agreement_partner_code'))
    )
    op.create_table('exercise_partner',
    sa.Column('exercise_id', sa.Integer(), nullable=False),
    sa.Column('partner_code', sa.String(length=3), nullable=False),
    sa.ForeignKeyConstraint(['exercise_id'], ['exercise.id'], name=op.f('fk_exercise_partner_exercise_id_exercise')),
    sa.ForeignKeyConstraint(['partner_code'], ['partner.code'], name=op.f('fk_exercise_partner_partner_code_partner')),
    sa.PrimaryKeyConstraint('exercise_id', 'partner_code', name=op.f('pk_exercise_partner'))
    )
    op.create_table('invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['acsa_order.id'], name=op.f('fk_invoice_order_id_acsa_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice'))
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_order_id'), ['order_id'], unique=False)

    op.create_table('order_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=20), nullable=False),
    sa.Column('description', sa.String(), nullable=False),
    sa.Column('nsn', sa.String(length=16), nullable=False),
    sa.Column('unit_of_issue', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.String(length=40), nullable=False),
    sa.Column('unit_price_minor', sa.Integer(), nullable=False),
    sa.Column('delivered_quantity', sa.String(length=40), nullable=False),
    sa.Column('billable_minor', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['acsa_order.id'], name=op.f('fk_order_line_order_id_acsa_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_order_line')),
    sa.UniqueConstraint('order_id', 'line_no', name=op.f('uq_order_line_order_id_line_no'))
    )
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_order_line_order_id'), ['order_id'], unique=False)

    op.create_table('receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('received_by', sa.String(length=200), nullable=False),
    sa.Column('condition', sa.String(length=400), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['acsa_order.id'], name=op.f('fk_receipt_order_id_acsa_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt'))
    )
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipt_order_id'), ['order_id'], unique=False)

    op.create_table('settlement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('settled_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=10), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('currency', sa.String(length=3), nullable=False),
    sa.Column('reference', sa.String(length=200), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=400), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['acsa_order.id'], name=op.f('fk_settlement_order_id_acsa_order')),
    sa.ForeignKeyConstraint(['reverses_id'], ['settlement.id'], name=op.f('fk_settlement_reverses_id_settlement')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlement'))
    )
    with op.batch_alter_table('settlement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlement_order_id'), ['order_id'], unique=False)

    op.create_table('status_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=100), nullable=False),
    sa.Column('from_status', sa.String(length=12), nullable=False),
    sa.Column('to_status', sa.String(length=12), nullable=False),
    sa.Column('reason', sa.String(length=400), nullable=False),
    sa.ForeignKeyConstraint(['order_id'], ['acsa_order.id'], name=op.f('fk_status_change_order_id_acsa_order')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_status_change'))
    )
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_status_change_order_id'), ['order_id'], unique=False)

    op.create_table('delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('order_id', sa.Integer(), nullable=False),
    sa.Column('line_id', sa.Integer(), nullable=False),
    sa.Column('delivered_on', sa.Date(), nullable=False),
    sa.Column('quantity', sa.String(length=40), nullable=False),
    sa.Column('billable_delta_minor', sa.Integer(), nullable=False),
    sa.Column('reverses_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=400), nullable=False),
    sa.Column('recorded_by', sa.String(length=100), nullable=False),
    sa.Column('recorded_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['line_id'], ['order_line.id'], name=op.f('fk_delivery_line_id_order_line')),
    sa.ForeignKeyConstraint(['order_id'], ['acsa_order.id'], name=op.f('fk_delivery_order_id_acsa_order')),
    sa.ForeignKeyConstraint(['reverses_id'], ['delivery.id'], name=op.f('fk_delivery_reverses_id_delivery')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery'))
    )
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_line_id'), ['line_id'], unique=False)
        batch_op.create_index('ix_delivery_order_date', ['order_id', 'delivered_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('delivery', schema=None) as batch_op:
        batch_op.drop_index('ix_delivery_order_date')
        batch_op.drop_index(batch_op.f('ix_delivery_line_id'))

    op.drop_table('delivery')
    with op.batch_alter_table('status_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_status_change_order_id'))

    op.drop_table('status_change')
    with op.batch_alter_table('settlement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlement_order_id'))

    op.drop_table('settlement')
    with op.batch_alter_table('receipt', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipt_order_id'))

    op.drop_table('receipt')
    with op.batch_alter_table('order_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_order_line_order_id'))

    op.drop_table('order_line')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_order_id'))

    op.drop_table('invoice')
    op.drop_table('exercise_partner')
    op.drop_table('agreement')
    with op.batch_alter_table('acsa_order', schema=None) as batch_op:
        batch_op.drop_index('ix_acsa_order_status')
        batch_op.drop_index('ix_acsa_order_partner_currency')
        batch_op.drop_index('ix_acsa_order_ordered_on')
        batch_op.drop_index('ix_acsa_order_exercise_partner')

    op.drop_table('acsa_order')
    op.drop_table('partner')
    op.drop_table('ledger_setting')
    op.drop_table('exercise')
    op.drop_table('exchange_rate')
