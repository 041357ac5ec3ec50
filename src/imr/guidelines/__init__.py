"""guidelines"""
