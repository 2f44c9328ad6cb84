"""Initial schema: project, coders, cases and attributes, documents with pages and original
bytes, the codebook, segments, the value scale, chart cells and memos.

Revision ID: 0001
Revises:
Create Date: 2026-11-25
"""

from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('attribute_definitions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.Enum('text', 'integer', 'number', 'boolean', 'date', name='attribute_kind', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attribute_definitions')),
    sa.UniqueConstraint('name', name=op.f('uq_attribute_definitions_name'))
    )
    op.create_table('cases',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cases')),
    sa.UniqueConstraint('name', name=op.f('uq_cases_name'))
    )
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cases_position'), ['position'], unique=False)

    op.create_table('chart_values',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('label', sa.String(length=100), nullable=False),
    sa.Column('counts_as_present', sa.Boolean(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chart_values')),
    sa.UniqueConstraint('label', name=op.f('uq_chart_values_label'))
    )
    op.create_table('coders',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_coders')),
    sa.UniqueConstraint('name', name=op.f('uq_coders_name'))
    )
    op.create_table('codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('definition', sa.Text(), nullable=False),
    sa.Column('colour', sa.String(length=9), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parent_id'], ['codes.id'], name=op.f('fk_codes_parent_id_codes'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_codes'))
    )
    with op.batch_alter_table('codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_codes_parent_id'), ['parent_id'], unique=False)

    op.create_table('project',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('framework', sa.String(length=100), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_with', sa.String(length=40), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_project'))
    )
    op.create_table('case_attribute_values',
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('attribute_id', sa.Integer(), nullable=False),
    sa.Column('value_text', sa.Text(), nullable=True),
    sa.Column('value_number', sa.Float(), nullable=True),
    sa.ForeignKeyConstraint(['attribute_id'], ['attribute_definitions.id'], name=op.f('fk_case_attribute_values_attribute_id_attribute_definitions'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_case_attribute_values_case_id_cases'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('case_id', 'attribute_id', name=op.f('pk_case_attribute_values'))
    )
    with op.batch_alter_table('case_attribute_values', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_attribute_values_attribute_id'), ['attribute_id'], unique=False)

    op.create_table('chart_cells',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('summary', sa.Text(), nullable=False),
    sa.Column('value_id', sa.Integer(), nullable=True),
    sa.Column('coder_id', sa.Integer(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_chart_cells_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_chart_cells_code_id_codes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_chart_cells_coder_id_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['value_id'], ['chart_values.id'], name=op.f('fk_chart_cells_value_id_chart_values'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chart_cells')),
    sa.UniqueConstraint('case_id', 'code_id', name=op.f('uq_chart_cells_case_id_code_id'))
    )
    with op.batch_alter_table('chart_cells', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chart_cells_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_chart_cells_coder_id'), ['coder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_chart_cells_value_id'), ['value_id'], unique=False)

    op.create_table('documents',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=400), nullable=False),
    sa.Column('kind', sa.Enum('pdf', 'docx', 'html', 'text', name='document_kind', native_enum=False, create_constraint=True, length=16), nullable=False),
    sa.Column('filename', sa.String(length=400), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('page_count', sa.Integer(), nullable=False),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('imported_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('read_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('import_notes', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_documents_case_id_cases'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_documents')),
    sa.UniqueConstraint('name', name=op.f('uq_documents_name'))
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_documents_sha256'), ['sha256'], unique=False)

    op.create_table('document_files',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_files_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', name=op.f('pk_document_files'))
    )
    op.create_table('document_pages',
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('page_number', sa.Integer(), nullable=False),
    sa.Column('width', sa.Float(), nullable=False),
    sa.Column('height', sa.Float(), nullable=False),
    sa.Column('char_start', sa.Integer(), nullable=False),
    sa.Column('char_end', sa.Integer(), nullable=False),
    sa.Column('boxes', sa.LargeBinary(), nullable=False),
    sa.Column('ocr', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_document_pages_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('document_id', 'page_number', name=op.f('pk_document_pages'))
    )
    with op.batch_alter_table('document_pages', schema=None) as batch_op:
        batch_op.create_index('ix_document_pages_doc_chars', ['document_id', 'char_start'], unique=False)

    op.create_table('segments',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('code_id', sa.Integer(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('translation', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('start >= 0 AND start < "end"', name=op.f('ck_segments_range')),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_segments_code_id_codes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_segments_coder_id_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_segments_document_id_documents'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_segments'))
    )
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_segments_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_segments_coder_id'), ['coder_id'], unique=False)
        batch_op.create_index('ix_segments_document_start', ['document_id', 'start'], unique=False)

    op.create_table('memos',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=300), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('coder_id', sa.Integer(), nullable=True),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('case_id', sa.Integer(), nullable=True),
    sa.Column('code_id', sa.Integer(), nullable=True),
    sa.Column('cell_id', sa.Integer(), nullable=True),
    sa.Column('segment_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.CheckConstraint('(CASE WHEN document_id IS NULL THEN 0 ELSE 1 END + CASE WHEN case_id IS NULL THEN 0 ELSE 1 END + CASE WHEN code_id IS NULL THEN 0 ELSE 1 END + CASE WHEN cell_id IS NULL THEN 0 ELSE 1 END + CASE WHEN segment_id IS NULL THEN 0 ELSE 1 END) <= 1', name=op.f('ck_memos_one_target')),
    sa.ForeignKeyConstraint(['case_id'], ['cases.id'], name=op.f('fk_memos_case_id_cases'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['cell_id'], ['chart_cells.id'], name=op.f('fk_memos_cell_id_chart_cells'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['code_id'], ['codes.id'], name=op.f('fk_memos_code_id_codes'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['coder_id'], ['coders.id'], name=op.f('fk_memos_coder_id_coders'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], name=op.f('fk_memos_document_id_documents'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['segment_id'], ['segments.id'], name=op.f('fk_memos_segment_id_segments'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_memos'))
    )
    with op.batch_alter_table('memos', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_memos_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memos_cell_id'), ['cell_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memos_code_id'), ['code_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memos_coder_id'), ['coder_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memos_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_memos_segment_id'), ['segment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('memos', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_memos_segment_id'))
        batch_op.drop_index(batch_op.f('ix_memos_document_id'))
        batch_op.drop_index(batch_op.f('ix_memos_coder_id'))
        batch_op.drop_index(batch_op.f('ix_memos_code_id'))
        batch_op.drop_index(batch_op.f('ix_memos_cell_id'))
        batch_op.drop_index(batch_op.f('ix_memos_case_id'))

    op.drop_table('memos')
    with op.batch_alter_table('segments', schema=None) as batch_op:
        batch_op.drop_index('ix_segments_document_start')
        batch_op.drop_index(batch_op.f('ix_segments_coder_id'))
        batch_op.drop_index(batch_op.f('ix_segments_code_id'))

    op.drop_table('segments')
    with op.batch_alter_table('document_pages', schema=None) as batch_op:
        batch_op.drop_index('ix_document_pages_doc_chars')

    op.drop_table('document_pages')
    op.drop_table('document_files')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_sha256'))
        batch_op.drop_index(batch_op.f('ix_documents_case_id'))

    op.drop_table('documents')
    with op.batch_alter_table('chart_cells', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chart_cells_value_id'))
        batch_op.drop_index(batch_op.f('ix_chart_cells_coder_id'))
        batch_op.drop_index(batch_op.f('ix_chart_cells_code_id'))

    op.drop_table('chart_cells')
    with op.batch_alter_table('case_attribute_values', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_attribute_values_attribute_id'))

    op.drop_table('case_attribute_values')
    op.drop_table('project')
    with op.batch_alter_table('codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_codes_parent_id'))

    op.drop_table('codes')
    op.drop_table('coders')
    op.drop_table('chart_values')
    with op.batch_alter_table('cases', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cases_position'))

    op.drop_table('cases')
    op.drop_table('attribute_definitions')
